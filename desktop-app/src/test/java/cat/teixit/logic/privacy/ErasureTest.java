package cat.teixit.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Stores;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.model.casefile.ConsentPurpose;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.BlobStore;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure after the retention period: refused before it ends, while a legal hold stands, and to anyone but a team
 * lead; once done, none of the person's names, document number, phone, e-mail or texts is left anywhere in the data
 * directory (the database file and its log after the anonymisation's own vacuum, the attachments' files), while
 * another person of the store is still there.
 */
class ErasureTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final LocalDate TODAY = LocalDate.now(ZONE);

    @TempDir
    Path dir;
    Workstation w;
    CurrentUser laia;
    CurrentUser montse;
    PersonService.Created c;

    /** What must be gone after the anonymisation, as written and as the search index keeps it. */
    static final List<String> GONE = List.of("Zacarias", "Mendizabal", "Mendizábal", "Orriols", "31415926L",
            "611987654", "611 987 654", "zacarias.mo@example.org", "Gumersinda", "Eguzkiza", "Carrer de les Mallorquines",
            "cremallera vermella", "quadern blau", "ombrel·la groga", "cistella de vímet", "Informe del metge Zacarias");

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), cat.teixit.testing.TestKeys.KEY, true);
        laia = login("laia");
        montse = login("montse");
        c = w.people().createWithNewHousehold(laia, PersonForm.basic("Zacarias", "Mendizábal", "Orriols",
                IdDocumentType.DNI, "31415926L", LocalDate.of(1970, 5, 5), Sex.M).withPhone("611 987 654")
                .withAddress("Carrer de les Mallorquines, 7", "458", null), "2");
        w.people().addToHousehold(laia, c.householdId(), PersonForm.basic("Gumersinda", "Eguzkiza", null,
                IdDocumentType.NONE, null, LocalDate.of(1972, 1, 9), Sex.F), "1", LocalDate.of(2020, 1, 1));
        w.interventions().add(laia, c.caseFileId(), new InterventionForm(InterventionKind.HOME_VISIT, TODAY,
                LocalTime.of(10, 0), 30, c.personId(), List.of(), "Porta una cremallera vermella", true));
        w.resources().addDemand(laia, c.caseFileId(), c.personId(), "2", "Demana un quadern blau");
        UUID plan = w.plans().create(laia, c.caseFileId(), "Pla de l’ombrel·la groga", TODAY, TODAY.plusMonths(3));
        w.plans().addGoal(laia, plan, "Trobar la cistella de vímet");
        w.referrals().refer(laia, c.caseFileId(), c.personId(), ReferralTargetKind.TEAM, "Equip EAIA",
                "Parlar de la cremallera vermella");
        w.consents().record(laia, c.personId(), ConsentPurpose.IMAGE, TODAY, null, "Signat pel Zacarias");
        Path report = Files.writeString(dir.resolve("informe.txt"), "Informe del metge Zacarias Mendizábal");
        w.attachments().add(laia, c.caseFileId(), c.personId(), report, "Informe del metge Zacarias");
        Files.delete(report);
        w.drafts().save(laia, "intervention:" + c.caseFileId(), "Esborrany sobre el quadern blau");
        // Someone else, in another case file: kept.
        w.people().createWithNewHousehold(laia, PersonForm.basic("Filomena", "Quintanilla", null, IdDocumentType.NONE,
                null, LocalDate.of(1990, 2, 2), Sex.F), null);
        long v = w.caseFiles().load(laia, c.caseFileId()).rowVersion();
        w.caseFiles().close(laia, c.caseFileId(), v, "1", TODAY);
    }

    private CurrentUser login(String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    @AfterEach
    void close() {
        w.close();
    }

    /** The workstation's erasure, as on {@code day}. */
    private Erasure on(LocalDate day) {
        return new Erasure(Stores.of(w), w.changes(), w.access(),
                new ManualClock(day.atTime(12, 0).atZone(ZONE).toInstant()), new BlobStore(dir, cat.teixit.testing.TestKeys.KEY), w.attachments(), () -> 5);
    }

    /**
     * Every file of the data directory, its bytes as text (UTF-8 and lower case), and, as the database file is
     * encrypted, every row of the store decrypted (the search index's tables too).
     */
    private String everyByte() throws Exception {
        StringBuilder all = new StringBuilder(cat.teixit.testing.StoreText.of(w));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void aClosedCaseFilePastItsRetentionIsAnonymisedAndNothingOfItIsLeftInTheStore() throws Exception {
        LocalDate due = TODAY.plusYears(5);
        assertThat(on(due).due(montse, due)).extracting(Erasure.Due::number)
                .containsExactly(w.caseFiles().load(laia, c.caseFileId()).number());
        assertThat(on(due).due(montse, due.minusDays(1))).isEmpty();
        assertThatThrownBy(() -> on(due.minusDays(1)).anonymise(montse, c.caseFileId()))
                .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e).errors()
                        .get("caseFile").key()).isEqualTo("erasure.error.notDue"));
        assertThatThrownBy(() -> on(due).anonymise(laia, c.caseFileId())).isInstanceOf(AccessDeniedException.class);
        on(due).hold(montse, c.caseFileId(), "Procediment judicial 123/2026");
        assertThat(on(due).due(montse, due).getFirst().erasable(due)).isFalse();
        assertThatThrownBy(() -> on(due).anonymise(montse, c.caseFileId())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get("caseFile").key())
                        .isEqualTo("erasure.error.held"));
        on(due).hold(montse, c.caseFileId(), " ");
        String before = everyByte();
        assertThat(before).contains("zacarias", "mendiz", "31415926l", "cremallera vermella", "filomena");

        Erasure.Report r = on(due).anonymise(montse, c.caseFileId());

        assertThat(r.peopleAnonymised()).isEqualTo(2);
        assertThat(r.peopleKept()).isZero();
        assertThat(r.filesDeleted()).isEqualTo(1);
        assertThat(r.records()).containsEntry("person", 2).containsEntry("intervention", 1).containsEntry("attachment", 1)
                .containsEntry("consent", 1);
        String after = everyByte();
        List<String> left = new ArrayList<>();
        for (String s : GONE) {
            if (after.contains(s.toLowerCase(Locale.ROOT))) {
                left.add(s);
            }
        }
        assertThat(left).as("what is left of the anonymised case file in the data directory").isEmpty();
        assertThat(after).contains("filomena", "quintanilla");
        Path wal = dir.resolve("teixit.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("the log is emptied").isTrue();

        // The case file is still counted: its codes and dates stay, and it says it was anonymised.
        assertThat(w.caseFiles().load(montse, c.caseFileId()).number()).isNotBlank();
        assertThatThrownBy(() -> on(due).anonymise(montse, c.caseFileId())).isInstanceOf(ValidationException.class);
        assertThat(w.search().search(montse, "zacarias", 10, cat.teixit.logic.settings.Language.CATALAN)).isEmpty();
    }
}
