package cat.teixit.logic.audit;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Workstation;
import cat.teixit.logic.agenda.AgendaPrintout;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.reports.Period;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import cat.teixit.sync.protocol.AuditChain;
import cat.teixit.sync.protocol.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workstation's audit trail on a real SQLite store, through the real use cases. */
class AuditTrailTest {

    @TempDir
    Path dir;

    Workstation w;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private CurrentUser login(String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    private List<AuditEntry> all() {
        return w.readForBenchmark(tx -> tx.audit().all(w.audit().deviceId()));
    }

    private Connection sqlite() throws SQLException {
        return TestKeys.connect(dir.resolve(LocalStore.DB_FILE));
    }

    @Test
    void loginsAndRefusedLoginsAreRecordedWithoutTheNameTried() {
        CurrentUser laia = login("laia");
        assertThat(w.auth().login("laia", "wrong-password".toCharArray())).isInstanceOf(LoginResult.Refused.class);
        assertThat(w.auth().login("Núria Pagès", "wrong-password".toCharArray()))
                .isInstanceOf(LoginResult.Refused.class);

        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("LOGIN", "LOGIN_FAILED", "LOGIN_FAILED");
        assertThat(entries.get(0).userId()).isEqualTo(laia.id().toString());
        assertThat(entries.get(1).userId()).as("a known account is named by its id").isEqualTo(laia.id().toString());
        assertThat(entries.get(2).userId()).isNull();
        assertThat(entries.get(2).userName()).startsWith("sha256:").doesNotContainIgnoringCase("pag");
        assertThat(entries).allSatisfy(e -> assertThat(e.deviceId()).isEqualTo(w.hybridClock().deviceId()));
        assertThat(w.audit().verify()).isEmpty();
    }

    @Test
    void viewsChangesPrintsAndExportsAreRecordedByTheUseCases() throws Exception {
        CurrentUser montse = login("montse");
        PersonService.Created c = w.people().createWithNewHousehold(montse, PersonForm.basic("Prova", "Auditoria",
                null, IdDocumentType.NONE, null, LocalDate.of(1980, 5, 1), Sex.F), "2");
        w.caseFiles().markOpened(montse, c.caseFileId());
        PersonForm loaded = w.people().form(montse, c.personId());
        w.people().update(montse, c.personId(), Edit.of(loaded, loaded.withPhone("600000001")));
        new AgendaPrintout(w.agenda(), w.documents()).days(montse, null, LocalDate.now(), LocalDate.now(),
                Language.CATALAN);
        Path csv = dir.resolve("informe.csv");
        w.reportFiles().write(montse, w.reports().compute(montse, new ReportService.Scope(
                Period.year(LocalDate.now().getYear()), null, null), Language.CATALAN), ReportExport.Format.CSV,
                Language.CATALAN, csv);
        assertThat(csv).exists();

        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::action).contains("LOGIN", "CHANGE", "VIEW", "PRINT", "EXPORT");
        assertThat(entries).filteredOn(e -> e.action().equals("CHANGE")).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(montse.id().toString());
            assertThat(e.detail()).isIn("INSERT", "PATCH", "DELETE");
        });
        assertThat(entries).filteredOn(e -> e.action().equals("CHANGE") && "person".equals(e.entityType())
                && "PATCH".equals(e.detail())).hasSize(1);
        assertThat(entries).filteredOn(e -> e.action().equals("VIEW")).extracting(AuditEntry::entityType)
                .containsExactly("case_file", "person");
        String everything = entries.toString();
        assertThat(everything).as("no personal data in the trail").doesNotContain("Auditoria", "600000001");

        List<AuditEntry> ofCase = w.audit().ofCaseFile(montse, c.caseFileId());
        assertThat(ofCase).extracting(AuditEntry::action).contains("VIEW", "CHANGE");
        assertThat(w.audit().ofUser(montse, montse.id(), Instant.now().minusSeconds(3600), Instant.now().plusSeconds(5)))
                .hasSize(entries.size());
        assertThat(w.audit().verify()).isEmpty();
    }

    @Test
    void aSocialWorkerCannotReadTheTrail() {
        CurrentUser laia = login("laia");
        assertThatThrownBy(() -> w.audit().ofUser(laia, laia.id(), Instant.EPOCH, Instant.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        CurrentUser laia = login("laia");
        int before = all().size();
        assertThatThrownBy(() -> w.people().createWithNewHousehold(laia, PersonForm.basic("", "", null,
                IdDocumentType.NONE, null, null, Sex.F), "2")).isNotNull();
        assertThat(all()).hasSize(before);
    }

    @Test
    void theStoreRefusesToUpdateOrDeleteAnEntry() throws Exception {
        login("laia");
        try (Connection c = sqlite(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET user_name = 'montse'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry")).hasMessageContaining("append-only");
        }
        assertThat(all()).hasSize(1);
    }

    /** Four entries, then {@code tamper} run with the triggers dropped (someone with the file and a SQLite shell). */
    private List<AuditChain.Finding> tampered(String... tamper) throws Exception {
        for (int i = 0; i < 4; i++) {
            login(i % 2 == 0 ? "laia" : "montse");
        }
        assertThat(w.audit().verify()).isEmpty();
        try (Connection c = sqlite(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER audit_entry_no_update");
            st.executeUpdate("DROP TRIGGER audit_entry_no_delete");
            for (String sql : tamper) {
                st.executeUpdate(sql);
            }
        }
        return w.audit().verify();
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        assertThat(tampered("DELETE FROM audit_entry WHERE seq = 2")).extracting(AuditChain.Finding::problem)
                .containsExactly(AuditChain.Problem.GAP);
    }

    @Test
    void anEditedEntryIsFound() throws Exception {
        assertThat(tampered("UPDATE audit_entry SET user_name = 'jordi' WHERE seq = 3"))
                .containsExactly(new AuditChain.Finding(AuditChain.Problem.EDITED, 3));
    }

    @Test
    void aReorderedEntryIsFound() throws Exception {
        assertThat(tampered("UPDATE audit_entry SET id = -1 WHERE seq = 2",
                "UPDATE audit_entry SET id = 1000 WHERE seq = 3",
                "UPDATE audit_entry SET id = 1001 WHERE seq = 2"))
                .extracting(AuditChain.Finding::problem).contains(AuditChain.Problem.REORDERED);
    }

    @Test
    void nobodyLoggedInRecordsNoChange() {
        assertThat(Files.exists(dir.resolve(LocalStore.DB_FILE))).isTrue();
        assertThat(all()).isEmpty();
    }
}
