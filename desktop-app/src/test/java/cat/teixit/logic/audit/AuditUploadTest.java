package cat.teixit.logic.audit;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.persistence.LocalStore;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workstation's audit trail travels to the real central server (embedded PostgreSQL) at each sync, once: a sync
 * whose acknowledgement was lost sends again and the server keeps one copy; an entry deleted on the workstation
 * before it left is flagged by the server as a gap.
 */
class AuditUploadTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private long held(String device) {
        return server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ?", device);
    }

    private long findings(String device) {
        return server.number("SELECT count(*) FROM audit_trail_finding WHERE device_id = ?", device);
    }

    private static long local(Station s) {
        return s.w.readForBenchmark(tx -> tx.audit().all(s.w.audit().deviceId())).size();
    }

    private static void sql(Station s, String... statements) throws Exception {
        try (Connection c = TestKeys.connect(s.dir.resolve(LocalStore.DB_FILE));
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.executeUpdate(sql);
            }
        }
    }

    @Test
    void theTrailReachesTheServerOnceEvenWhenAnAcknowledgementWasLost() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url())) {
            a.login("laia");
            var created = a.newPerson("Auditada", "Pujol");
            a.w.caseFiles().markOpened(a.user, created.caseFileId());
            a.syncOk();
            String device = a.w.audit().deviceId();
            assertThat(held(device)).isEqualTo(local(a)).isPositive();

            // The answer to the last upload was lost: the workstation does not know the server holds its entries.
            sql(a, "UPDATE audit_upload SET acked_seq = 0");
            a.edit(created.personId(), f -> Station.withPhone(f, "611222333"));
            a.syncOk();
            assertThat(held(device)).isEqualTo(local(a));
            assertThat(findings(device)).isZero();
            assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ? AND action = 'CHANGE'"
                    + " AND entity_type = 'person' AND detail = 'PATCH'", device)).isEqualTo(1);
        }
    }

    @Test
    void aTeamLeadSeesWhoAccessedACaseFileOnAnotherWorkstation() throws Exception {
        java.util.UUID caseFileId;
        String deviceOfLaia;
        try (Station a = Station.open(dir.resolve("c"), server.url())) {
            a.login("laia");
            caseFileId = a.newPerson("Consultada", "Roca").caseFileId();
            a.w.caseFiles().markOpened(a.user, caseFileId);
            a.syncOk();
            deviceOfLaia = a.w.audit().deviceId();
        }
        try (Station m = Station.open(dir.resolve("d"), server.url())) {
            m.login("montse");
            m.syncOk();
            var rows = m.w.audit().rowsOfCaseFile(m.user, caseFileId);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.device()).isEqualTo(deviceOfLaia);
                assertThat(r.action()).isEqualTo(cat.teixit.model.audit.AuditAction.VIEW);
                assertThat(r.professional()).isEqualTo("Laia Puig Ferrer");
            });
        }
    }

    @Test
    void anEntryDeletedBeforeItLeftIsFlaggedByTheServer() throws Exception {
        try (Station b = Station.open(dir.resolve("b"), server.url())) {
            b.login("jordi");
            b.newPerson("Esborrada", "Vidal");
            long before = local(b);
            sql(b, "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 2");
            assertThat(b.w.audit().verify()).isNotEmpty();
            b.syncOk();
            String device = b.w.audit().deviceId();
            assertThat(held(device)).isEqualTo(before - 1);
            assertThat(server.number("SELECT count(*) FROM audit_trail_finding WHERE device_id = ? AND problem = 'GAP'"
                    + " AND seq = 3", device)).isEqualTo(1);
        }
    }
}
