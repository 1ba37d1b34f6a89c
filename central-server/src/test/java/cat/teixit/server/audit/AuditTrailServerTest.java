package cat.teixit.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.AuditChain;
import cat.teixit.sync.protocol.AuditEntry;
import cat.teixit.sync.protocol.AuditWire;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Audit trails uploaded to the real server (embedded PostgreSQL, over HTTP): received once, resumed after a lost
 * answer, checked entry by entry (a gap, an edit, a reorder and a broken link each become a finding) and read by
 * the team lead only.
 */
class AuditTrailServerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static List<AuditEntry> chain(String device, String user, String caseFile, int n) {
        List<AuditEntry> out = new ArrayList<>();
        long seq = 0;
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < n; i++) {
            AuditEntry e = AuditChain.next(seq, prev, device, 1_800_000_000_000L + i * 1000L, "u-" + user, user,
                    i % 2 == 0 ? "VIEW" : "CHANGE", "case_file", caseFile, caseFile, null);
            out.add(e);
            seq = e.seq();
            prev = e.hash();
        }
        return out;
    }

    private static String device() {
        return "dev-" + UUID.randomUUID();
    }

    private static List<String> problems(String device) {
        List<String> out = new ArrayList<>();
        for (AuditWire.Finding f : server.transport("montse", device()).auditFindings().findings()) {
            if (f.deviceId().equals(device)) {
                out.add(f.problem() + "@" + f.seq());
            }
        }
        return out;
    }

    @Test
    void aChainIsReceivedOnceAndAResumedUploadAddsOnlyWhatWasMissing() {
        String device = device();
        String cf = UUID.randomUUID().toString();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> c = chain(device, "laia", cf, 8);
        assertThat(t.uploadAudit(new AuditWire.Upload(device, c.subList(0, 5)))).isEqualTo(new AuditWire.Received(5, 0));
        // The answer was lost: the workstation sends again from what it knew, and more.
        assertThat(t.uploadAudit(new AuditWire.Upload(device, c.subList(2, 8)))).isEqualTo(new AuditWire.Received(8, 0));
        assertThat(t.auditState()).isEqualTo(new AuditWire.Received(8, 0));
        assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ?", device)).isEqualTo(8);

        List<AuditWire.Served> ofCase = server.transport("montse", device()).auditEntries(cf, null, null, null).entries();
        assertThat(ofCase).hasSize(8);
        assertThat(ofCase.getFirst().entry().seq()).as("newest first").isEqualTo(8);
        assertThat(ofCase).allSatisfy(s -> assertThat(s.problem()).isNull());
        List<AuditWire.Served> ofUser = server.transport("montse", device())
                .auditEntries(null, "laia", 1_800_000_000_000L, 1_800_000_003_000L).entries();
        assertThat(ofUser).filteredOn(s -> s.entry().deviceId().equals(device)).extracting(s -> s.entry().seq())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void anUploadWhoseAnswersAreCutIsResumedWithoutDuplicatesOrFindings() throws Exception {
        String device = device();
        List<AuditEntry> c = chain(device, "laia", UUID.randomUUID().toString(), 300);
        try (cat.teixit.server.testing.FaultProxy proxy = new cat.teixit.server.testing.FaultProxy(server.port(), 7)) {
            HttpSyncTransport t = TestServer.transport(proxy.url(), "laia", device);
            assertThat(t.auditState().lastSeq()).isZero(); // logged in through the proxy
            // Every answer is cut after 10 bytes: the server stores the batch, the workstation never hears so.
            proxy.cutDownloadsAfter(10);
            assertThatThrownBy(() -> t.uploadAudit(new AuditWire.Upload(device, c.subList(0, 200))))
                    .isInstanceOf(cat.teixit.sync.client.SyncException.class);
            assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ?", device))
                    .isEqualTo(200);
            proxy.heal();
            // The next sync sends again from the last entry it knows acknowledged (none), and the rest.
            assertThat(t.uploadAudit(new AuditWire.Upload(device, c))).isEqualTo(new AuditWire.Received(300, 0));
        }
        assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ?", device)).isEqualTo(300);
        assertThat(server.number("SELECT count(*) FROM audit_trail_finding WHERE device_id = ?", device)).isZero();
    }

    @Test
    void aGapIsFlagged() {
        String device = device();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> c = chain(device, "laia", UUID.randomUUID().toString(), 5);
        c.remove(2);
        assertThat(t.uploadAudit(new AuditWire.Upload(device, c)).findings()).isEqualTo(1);
        assertThat(problems(device)).containsExactly("GAP@4");
    }

    @Test
    void anEditedEntryIsFlaggedAndAChangedResendToo() {
        String device = device();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> c = chain(device, "laia", UUID.randomUUID().toString(), 4);
        t.uploadAudit(new AuditWire.Upload(device, c.subList(0, 2)));
        AuditEntry e = c.get(2);
        AuditEntry edited = new AuditEntry(e.deviceId(), e.seq(), e.at(), e.userId(), "jordi", e.action(),
                e.entityType(), e.entityId(), e.caseFileId(), e.detail(), e.prevHash(), e.hash());
        t.uploadAudit(new AuditWire.Upload(device, List.of(edited, c.get(3))));
        // Entry 2 again, rewritten with a fresh hash: it differs from the one held.
        AuditEntry second = c.get(1);
        AuditEntry rewritten = AuditChain.next(1, second.prevHash(), device, second.at(), second.userId(), "jordi",
                second.action(), second.entityType(), second.entityId(), second.caseFileId(), null);
        AuditWire.Received r = t.uploadAudit(new AuditWire.Upload(device, List.of(rewritten)));
        assertThat(r).isEqualTo(new AuditWire.Received(4, 2));
        assertThat(problems(device)).containsExactlyInAnyOrder("EDITED@3", "EDITED@2");
    }

    @Test
    void reorderedEntriesAreFlagged() {
        String device = device();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> c = chain(device, "laia", UUID.randomUUID().toString(), 4);
        t.uploadAudit(new AuditWire.Upload(device, List.of(c.get(0), c.get(2), c.get(1), c.get(3))));
        assertThat(problems(device)).contains("REORDERED@2");
        assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE device_id = ?", device)).isEqualTo(4);
    }

    @Test
    void aReplacedEntryBreaksTheLink() {
        String device = device();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> c = chain(device, "laia", UUID.randomUUID().toString(), 3);
        AuditEntry second = AuditChain.next(1, AuditChain.GENESIS, device, 1, "u-laia", "laia", "VIEW", null, null,
                null, null);
        t.uploadAudit(new AuditWire.Upload(device, List.of(c.get(0), second, c.get(2))));
        assertThat(problems(device)).contains("BROKEN_LINK@2");
    }

    @Test
    void onlyTheSessionsDeviceUploadsAndOnlyTeamLeadsRead() {
        String device = device();
        HttpSyncTransport t = server.transport("laia", device);
        List<AuditEntry> other = chain(device(), "laia", UUID.randomUUID().toString(), 1);
        assertThatThrownBy(() -> t.uploadAudit(new AuditWire.Upload(other.getFirst().deviceId(), other)))
                .hasMessageContaining("403");
        assertThatThrownBy(() -> t.auditEntries(UUID.randomUUID().toString(), null, null, null))
                .hasMessageContaining("403");
        assertThatThrownBy(t::auditFindings).hasMessageContaining("403");
        assertThat(server.number("SELECT count(*) FROM audit_trail_entry WHERE user_name = 'laia' AND device_id = ?",
                device)).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("roles")
    void theTrailIsReadExactlyByTheRolesTheMatrixAllows(String role) throws Exception {
        String name = "audit-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        server.directory().addUser(name, "Prova " + role, TestServer.PASSWORD.toCharArray(), "GIR-N", List.of(role));
        HttpSyncTransport t = server.transport(name, device());
        if (cat.teixit.sync.protocol.PermissionMatrix.actionsOf(role).contains("VIEW_AUDIT")) {
            assertThat(t.auditFindings().findings()).isNotNull();
            assertThat(t.auditEntries(null, "laia", null, null).entries()).isNotNull();
        } else {
            assertThatThrownBy(t::auditFindings).hasMessageContaining("403");
            assertThatThrownBy(() -> t.auditEntries(null, "laia", null, null)).hasMessageContaining("403");
        }
    }

    static List<String> roles() {
        return cat.teixit.sync.protocol.PermissionMatrix.roles();
    }

    @Test
    void theServerRefusesToChangeAReceivedEntry() {
        String device = device();
        server.transport("laia", device).uploadAudit(new AuditWire.Upload(device,
                chain(device, "laia", UUID.randomUUID().toString(), 1)));
        assertThatThrownBy(() -> server.number("WITH d AS (DELETE FROM audit_trail_entry WHERE device_id = ?"
                + " RETURNING 1) SELECT count(*) FROM d", device)).hasMessageContaining("append-only");
    }
}
