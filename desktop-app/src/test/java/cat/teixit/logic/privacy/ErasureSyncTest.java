package cat.teixit.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Stores;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.BlobStore;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.ManualClock;
import cat.teixit.testing.Station;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An anonymisation syncs: a team lead anonymises a case file on one workstation; the central server's records then
 * hold none of the person's data, and the other workstation, which held the case file and had written a note about
 * the person offline meanwhile, scrubs it at its next sync (its note is cleared and the clearing sent), so that
 * nothing of it is left in its data directory either.
 */
class ErasureSyncTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final List<String> GONE = List.of("Eustaquia", "Brotons", "Zubizarreta", "27182818", "622333444",
            "nota de la bicicleta taronja", "nota offline del paraigua verd");

    @TempDir
    Path dir;

    /** Every file of a station's data directory as text, and every row of its (encrypted) store decrypted. */
    private static String everyByte(Station s) throws Exception {
        StringBuilder all = new StringBuilder(cat.teixit.testing.StoreText.of(s.w));
        try (Stream<Path> files = Files.walk(s.dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> left(String bytes) {
        List<String> left = new ArrayList<>();
        for (String s : GONE) {
            if (bytes.contains(s.toLowerCase(Locale.ROOT))) {
                left.add(s);
            }
        }
        return left;
    }

    @Test
    void anAnonymisationReachesTheServerAndTheOtherWorkstationWhichScrubsIt() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("montse");
            b.login("laia");
            LocalDate today = LocalDate.now(ZONE);
            PersonService.Created c = a.w.people().createWithNewHousehold(a.user, PersonForm.basic("Eustaquia",
                    "Brotons", "Zubizarreta", IdDocumentType.DNI, "27182818S", LocalDate.of(1966, 6, 6), Sex.F)
                    .withPhone("622 333 444"), "2");
            a.w.interventions().add(a.user, c.caseFileId(), new InterventionForm(InterventionKind.OFFICE_INTERVIEW, today,
                    LocalTime.of(9, 0), 20, c.personId(), List.of(), "La nota de la bicicleta taronja", false));
            a.w.caseFiles().close(a.user, c.caseFileId(), a.w.caseFiles().load(a.user, c.caseFileId()).rowVersion(), "1",
                    today);
            a.syncOk();
            b.syncOk();
            assertThat(everyByte(b)).contains("eustaquia", "bicicleta taronja");

            // Offline on B: a note about her. On A, five years later, the team lead anonymises the case file.
            b.w.interventions().add(b.user, c.caseFileId(), new InterventionForm(InterventionKind.PHONE_CALL, today,
                    LocalTime.of(12, 0), 5, c.personId(), List.of(), "Eustaquia: nota offline del paraigua verd", false));
            LocalDate later = today.plusYears(5).plusDays(1);
            Erasure onA = new Erasure(Stores.of(a.w), a.w.changes(), a.w.access(),
                    new ManualClock(later.atTime(12, 0).atZone(ZONE).toInstant()), new BlobStore(a.dir, cat.teixit.testing.TestKeys.KEY), a.w.attachments(),
                    () -> 5);
            onA.anonymise(a.user, c.caseFileId());
            a.syncOk();
            assertThat(server.number("SELECT count(*) FROM record WHERE fields::text ILIKE '%eustaquia%'"
                    + " OR fields::text ILIKE '%bicicleta%' OR fields::text ILIKE '%27182818%'")).isZero();

            b.syncOk(); // pushes its note, pulls the anonymisation, scrubs, records the clearing of its note
            b.syncOk(); // sends that clearing
            a.syncOk();
            assertThat(server.number("SELECT count(*) FROM record WHERE fields::text ILIKE '%eustaquia%'"
                    + " OR fields::text ILIKE '%paraigua%' OR fields::text ILIKE '%brotons%'")).isZero();
            assertThat(server.number("SELECT count(*) FROM record WHERE id = ? AND fields->>'anonymised_on' IS NOT NULL",
                    c.caseFileId())).isEqualTo(1);
            assertThat(left(everyByte(b))).as("what B still holds").isEmpty();
            assertThat(left(everyByte(a))).as("what A still holds").isEmpty();
        }
    }
}
