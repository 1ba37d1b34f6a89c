package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.DirectoryScope;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PermissionMatrix;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The resource directory's scope on the real server: every user holds it (to read), only the roles with
 * EDIT_DIRECTORY write it; it holds directory entries only and they live nowhere else; no team or grant takes it.
 */
class DirectoryPushTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static PushOp op(String device, long opId, String type, ChangeKind kind, UUID id, Long base, String scope) {
        ObjectNode f = NODES.objectNode();
        f.put("name", "Banc d’aliments " + UUID.randomUUID());
        f.put("category", "FOOD");
        return new PushOp(opId, UUID.randomUUID(), type, id, kind, f, base,
                String.format("%013x-0000-%s", System.currentTimeMillis(), device), scope);
    }

    private static OpResult push(HttpSyncTransport t, String device, PushOp op) throws Exception {
        return t.push(new Requests.Push(device, List.of(op))).results().getFirst();
    }

    @Test
    void everyRoleReadsTheDirectoryAndOnlyTheRolesWithEditDirectoryWriteIt() throws Exception {
        // The administrator adds an entry.
        String adminDevice = "dev-admin-" + UUID.randomUUID();
        HttpSyncTransport admin = server.transport("admin", adminDevice);
        UUID entry = UUID.randomUUID();
        assertThat(push(admin, adminDevice, op(adminDevice, 1, "directory_entry", ChangeKind.INSERT, entry, null,
                DirectoryScope.NAME)).status()).isEqualTo(OpStatus.APPLIED);
        admin.close();

        for (String role : PermissionMatrix.roles()) {
            String user = "dir-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
            server.directory().addUser(user, "Prova " + role, TestServer.PASSWORD.toCharArray(), "GIR-N", List.of(role));
            String device = "dev-" + UUID.randomUUID();
            HttpSyncTransport t = server.transport(user, device);
            boolean writer = PermissionMatrix.actionsOf(role).contains("EDIT_DIRECTORY");
            assertThat(t.session().scopes()).as(role).contains(new Responses.ScopeGrant(DirectoryScope.NAME, writer));
            Responses.Pull page = t.pull(DirectoryScope.NAME, null, 500);
            assertThat(page.records()).as(role).anySatisfy(r -> assertThat(r.id()).isEqualTo(entry));

            OpResult patch = push(t, device, op(device, 1, "directory_entry", ChangeKind.PATCH, entry, 1L,
                    DirectoryScope.NAME));
            if (writer) {
                assertThat(patch.status()).isEqualTo(OpStatus.APPLIED);
            } else {
                assertThat(patch.status()).as(role).isEqualTo(OpStatus.REJECTED);
                assertThat(patch.reason()).isEqualTo("forbidden_scope");
            }
            // A directory entry in a team's scope, or another record in the directory's scope: refused to everyone.
            OpResult elsewhere = push(t, device, op(device, 2, "directory_entry", ChangeKind.INSERT, UUID.randomUUID(),
                    null, "GIR-N"));
            assertThat(elsewhere.status()).isEqualTo(OpStatus.REJECTED);
            OpResult intruder = push(t, device, op(device, 3, "person", ChangeKind.INSERT, UUID.randomUUID(), null,
                    DirectoryScope.NAME));
            assertThat(intruder.status()).isEqualTo(OpStatus.REJECTED);
            assertThat(intruder.reason()).isEqualTo("forbidden_scope");
            t.close();
        }
        long versions = server.number("SELECT version FROM record WHERE id = ?", entry);
        assertThat(versions).as("one patch per role that may write").isEqualTo(1 + PermissionMatrix.roles().stream()
                .filter(r -> PermissionMatrix.actionsOf(r).contains("EDIT_DIRECTORY")).count());
    }

    @Test
    void theAidRuleSetsLiveInTheCouncilWideScopeAndOnlyTheirRolesWriteThem() throws Exception {
        String adminDevice = "dev-admin-" + UUID.randomUUID();
        HttpSyncTransport admin = server.transport("admin", adminDevice);
        UUID set = UUID.randomUUID();
        assertThat(push(admin, adminDevice, op(adminDevice, 1, "aid_rule_set", ChangeKind.INSERT, set, null,
                DirectoryScope.NAME)).status()).isEqualTo(OpStatus.APPLIED);
        OpResult inATeam = push(admin, adminDevice, op(adminDevice, 2, "aid_rule_set", ChangeKind.INSERT, UUID.randomUUID(),
                null, "GIR-N"));
        assertThat(inATeam.status()).isEqualTo(OpStatus.REJECTED);
        admin.close();
        String device = "dev-" + UUID.randomUUID();
        HttpSyncTransport laia = server.transport("laia", device);
        assertThat(laia.pull(DirectoryScope.NAME, null, 500).records()).as("everyone reads them")
                .anySatisfy(r -> assertThat(r.id()).isEqualTo(set));
        OpResult patch = push(laia, device, op(device, 1, "aid_rule_set", ChangeKind.PATCH, set, 1L, DirectoryScope.NAME));
        assertThat(patch.status()).isEqualTo(OpStatus.REJECTED);
        laia.close();
        assertThat(PushService.requiredAction("aid_rule_set")).isEqualTo("EDIT_AID_RULES");
    }

    @Test
    void noTeamNorGrantTakesTheDirectorysScope() {
        assertThatThrownBy(() -> server.directory().addTeam("DIRECTORI", "Equip", "Àrea"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> server.directory().grantScope("laia", "directori", true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
