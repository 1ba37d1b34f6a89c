package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PermissionMatrix;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real server refuses a push the permission matrix does not allow, for every role and every action the
 * server enforces (by the entity type of the op), and applies it otherwise; the other actions are the
 * workstation's alone, and every action is one or the other.
 */
class PushPermissionTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** The actions a push needs, each with an entity type that needs it. */
    static final Map<String, String> ENFORCED_ON_PUSH = Map.of(
            "EDIT_CASE_FILES", "person",
            "EDIT_TEMPLATES", "document_template");

    /**
     * Actions no push needs: what the server serves to read is decided by scopes; confidential entries, team
     * reports and settings are the workstation's; SYNC is every role's (a row of the matrix without it would need
     * the server to refuse the session).
     */
    static final Set<String> WORKSTATION_ONLY = Set.of("VIEW_CASE_FILES", "READ_TEAM_CONFIDENTIAL",
            "VIEW_TEAM_REPORTS", "ADMINISTER", "SYNC");

    /**
     * Actions the server enforces on what it serves, not on a push: reading the audit trail (AuditTrailServerTest) and
     * opening a case file outside the own scopes (EmergencyOpeningTest).
     */
    static final Set<String> ENFORCED_ON_READS = Set.of("VIEW_AUDIT", "BREAK_THE_GLASS");

    /** The resource directory's action: its own scope and entity type, every role checked in DirectoryPushTest. */
    static final Map<String, String> ENFORCED_IN_THE_DIRECTORY = Map.of("EDIT_DIRECTORY", "directory_entry",
            "EDIT_AID_RULES", "aid_rule_set");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Arguments> everyRoleAndPushedAction() {
        return PermissionMatrix.roles().stream()
                .flatMap(r -> ENFORCED_ON_PUSH.keySet().stream().sorted().map(a -> Arguments.of(r, a)));
    }

    private static String userOf(String role) throws Exception {
        String name = "perm-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
        server.directory().addUser(name, "Prova " + role, TestServer.PASSWORD.toCharArray(), "GIR-N", List.of(role));
        return name;
    }

    private static PushOp op(String device, long opId, String type, ChangeKind kind, UUID id, Long base) {
        ObjectNode f = NODES.objectNode();
        f.put("title", "Prova " + kind + " " + opId);
        return new PushOp(opId, UUID.randomUUID(), type, id, kind, f, base,
                String.format("%013x-0000-%s", System.currentTimeMillis(), device), "GIR-N");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleAndPushedAction")
    void aPushIsAppliedExactlyWhenTheMatrixAllowsIt(String role, String action) throws Exception {
        String user = userOf(role);
        String device = "dev-" + UUID.randomUUID();
        String type = ENFORCED_ON_PUSH.get(action);
        boolean granted = PermissionMatrix.actionsOf(role).contains(action);
        UUID mine = UUID.randomUUID();
        HttpSyncTransport t = server.transport(user, device);
        Responses.Push r = t.push(new Requests.Push(device, List.of(op(device, 1, type, ChangeKind.INSERT, mine, null))));
        OpResult result = r.results().getFirst();
        if (granted) {
            assertThat(result.status()).isEqualTo(OpStatus.APPLIED);
            assertThat(server.number("SELECT count(*) FROM record WHERE id = ?", mine)).isOne();
        } else {
            assertThat(result.status()).isEqualTo(OpStatus.REJECTED);
            assertThat(result.reason()).isEqualTo("forbidden_role");
            assertThat(server.number("SELECT count(*) FROM record WHERE id = ?", mine)).isZero();
        }
        // A record of that type someone allowed made: a patch or delete needs the same action.
        UUID theirs = UUID.randomUUID();
        String lead = "montse";
        String leadDevice = "dev-montse-" + UUID.randomUUID();
        HttpSyncTransport leads = server.transport(lead, leadDevice);
        assertThat(leads.push(new Requests.Push(leadDevice, List.of(op(leadDevice, 1, type, ChangeKind.INSERT, theirs,
                null)))).results().getFirst().status()).isEqualTo(OpStatus.APPLIED);
        leads.close();
        OpResult patch = t.push(new Requests.Push(device, List.of(op(device, 2, type, ChangeKind.PATCH, theirs, 1L))))
                .results().getFirst();
        assertThat(patch.status()).isEqualTo(granted ? OpStatus.APPLIED : OpStatus.REJECTED);
        assertThat(server.number("SELECT version FROM record WHERE id = ?", theirs)).isEqualTo(granted ? 2 : 1);
        t.close();
    }

    @Test
    void theWorkstationsOwnTablesAreRefusedToEveryRole() throws Exception {
        for (String role : PermissionMatrix.roles()) {
            String user = userOf(role);
            String device = "dev-" + UUID.randomUUID();
            HttpSyncTransport t = server.transport(user, device);
            Responses.Push r = t.push(new Requests.Push(device, List.of(
                    op(device, 1, "app_user", ChangeKind.INSERT, UUID.randomUUID(), null),
                    op(device, 2, "team", ChangeKind.INSERT, UUID.randomUUID(), null))));
            assertThat(r.results()).extracting(OpResult::reason).containsOnly("forbidden_role");
            t.close();
        }
    }

    @Test
    void everyActionOfTheMatrixIsEitherEnforcedOnPushOrTheWorkstationsAlone() {
        Set<String> all = new HashSet<>(ENFORCED_ON_PUSH.keySet());
        all.addAll(WORKSTATION_ONLY);
        all.addAll(ENFORCED_ON_READS);
        all.addAll(ENFORCED_IN_THE_DIRECTORY.keySet());
        assertThat(all).containsExactlyInAnyOrderElementsOf(PermissionMatrix.ACTIONS);
        assertThat(ENFORCED_ON_PUSH.keySet()).doesNotContainAnyElementsOf(WORKSTATION_ONLY);
        Map<String, String> enforced = new java.util.HashMap<>(ENFORCED_ON_PUSH);
        enforced.putAll(ENFORCED_IN_THE_DIRECTORY);
        for (var e : enforced.entrySet()) {
            assertThat(PushService.requiredAction(e.getValue())).isEqualTo(e.getKey());
        }
    }
}
