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

    /**
     * Every row of every table of the central server's database as text, bytes (attachments' chunks) as hex, in
     * lower case: what a scan for a name must not find.
     */
    private static String everyServerRow() throws Exception {
        StringBuilder all = new StringBuilder();
        try (java.sql.Connection c = server.connection()) {
            List<String> tables = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("record", "applied_op", "blob_chunk", "erased_record");
            for (String t : tables) {
                try (var rs = c.createStatement().executeQuery("SELECT t::text FROM \"" + t + "\" t")) {
                    while (rs.next()) {
                        all.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** Copies {@code s}'s store into its backups folder as an upgrade does (VACUUM INTO); checks Leocadia is in it. */
    private static Path backupBeforeAnUpgrade(Station s) throws Exception {
        Path backup = Files.createDirectories(s.dir.resolve("backups")).resolve("teixit-before-V99-20260101-000000-000Z.db");
        try (java.sql.Connection db = cat.teixit.testing.TestKeys.connect(s.dir.resolve("teixit.db"));
                var st = db.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, backup.toString());
            st.execute();
        }
        try (java.sql.Connection db = cat.teixit.testing.TestKeys.connect(backup);
                var rs = db.createStatement().executeQuery("SELECT count(*) FROM person WHERE given_name = 'Leocadia'")) {
            assertThat(rs.getLong(1)).isOne();
        }
        return backup;
    }

    /** The words of {@code gone} found in {@code text}, as written or as the hex of their UTF-8 bytes. */
    private static List<String> found(String text, List<String> gone) {
        List<String> out = new ArrayList<>();
        for (String s : gone) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (text.contains(lower)
                    || text.contains(java.util.HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)))) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void theServerKeepsNothingOfItInConflictAnswersOrAttachmentsAndTheStoreBackupsGo() throws Exception {
        List<String> gone = List.of("Leocadia", "Perpinyà", "Sauleda", "55667788", "Informe confidencial de Leocadia",
                "699111222");
        try (Station a = Station.open(dir.resolve("a"), server.url());
                Station b = Station.open(dir.resolve("b"), server.url())) {
            a.login("montse");
            b.login("laia");
            LocalDate today = LocalDate.now(ZONE);
            PersonService.Created c = a.w.people().createWithNewHousehold(a.user, PersonForm.basic("Leocadia",
                    "Perpinyà", "Sauleda", IdDocumentType.DNI, "55667788Z", LocalDate.of(1958, 3, 3), Sex.F), "2");
            Path report = dir.resolve("informe.txt");
            Files.writeString(report, "Informe confidencial de Leocadia Perpinyà Sauleda, DNI 55667788Z");
            a.w.attachments().add(a.user, c.caseFileId(), c.personId(), report, "Informe");
            a.syncOk();
            b.syncOk();

            // The same field changed on both: B's change is answered as a conflict, which the server stores with
            // B's value and the whole person as the server held it.
            a.edit(c.personId(), f -> f.withPhone("611000111"));
            b.edit(c.personId(), f -> f.withPhone("699111222"));
            a.syncOk();
            b.sync();
            assertThat(server.number("SELECT count(*) FROM applied_op WHERE entity_id = ? AND status = 'CONFLICT'",
                    c.personId())).isPositive();
            assertThat(server.number("SELECT count(*) FROM blob")).isPositive();
            assertThat(found(everyServerRow(), gone)).as("before").containsAll(gone);

            a.w.caseFiles().close(a.user, c.caseFileId(), a.w.caseFiles().load(a.user, c.caseFileId()).rowVersion(), "1",
                    today);
            a.syncOk();
            b.syncOk();
            // A copy of each store as an upgrade makes one, before the erasure: it holds her.
            Path backup = backupBeforeAnUpgrade(a);
            Path backupOfB = backupBeforeAnUpgrade(b);

            LocalDate later = today.plusYears(5).plusDays(1);
            Erasure onA = new Erasure(Stores.of(a.w), a.w.changes(), a.w.access(),
                    new ManualClock(later.atTime(12, 0).atZone(ZONE).toInstant()),
                    new BlobStore(a.dir, cat.teixit.testing.TestKeys.KEY), a.w.attachments(), () -> 5);
            Erasure.Report r = onA.anonymise(a.user, c.caseFileId());
            assertThat(r.backupsDeleted()).isOne();
            assertThat(backup).doesNotExist();
            a.syncOk();
            b.syncOk();
            b.syncOk();
            a.syncOk();
            assertThat(backupOfB).as("deleted by B's scrub of what it pulled").doesNotExist();

            assertThat(found(everyServerRow(), gone)).as("what the server still holds").isEmpty();
            assertThat(server.number("SELECT count(*) FROM blob")).isZero();
            assertThat(server.number("SELECT count(*) FROM applied_op WHERE entity_id = ? AND status = 'CONFLICT'",
                    c.personId())).as("the answers stay, scrubbed").isPositive();
            assertThat(found(everyByte(a), gone)).as("what A still holds").isEmpty();
            assertThat(found(everyByte(b), gone)).as("what B still holds").isEmpty();
        }
    }
}
