package cat.teixit.server.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.FaultProxy;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.SyncServerException;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.EmergencyWire;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.PermissionMatrix;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Break-the-glass on the real server (docs/decisions/0039-break-the-glass.md): a case file of team SALT, opened by
 * users of team GIR-N, is served alone, with a reason, until it expires, and the team leads see the openings.
 */
class EmergencyOpeningTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String REASON = "Urgència: la persona és a l'hospital i cal conèixer el pla de treball";

    /** The opened case file and every record of it; another case file of the same team, never served. */
    static UUID caseFile;
    static final Set<UUID> OPENED = new HashSet<>();
    static final Set<UUID> OTHER = new HashSet<>();
    static UUID ownCaseFile;

    /** A transport closed at the end of a try block. */
    private record Closing(HttpSyncTransport t) implements AutoCloseable {
        @Override
        public void close() {
            t.close();
        }
    }

    private static ObjectNode fields(Object... kv) {
        ObjectNode f = NODES.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            f.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return f;
    }

    /** Pushes one record per (type, fields) as {@code user} into {@code scope}; returns their ids. */
    private static List<UUID> push(String user, String scope, List<Map.Entry<String, ObjectNode>> records) {
        String device = "dev-" + UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        List<PushOp> ops = new ArrayList<>();
        long opId = 0;
        for (var r : records) {
            UUID id = r.getValue().has("~id") ? UUID.fromString(r.getValue().remove("~id").asText()) : UUID.randomUUID();
            ids.add(id);
            opId++;
            ops.add(new PushOp(opId, UUID.randomUUID(), r.getKey(), id, ChangeKind.INSERT, r.getValue(), null,
                    String.format("%013x-%04x-%s", System.currentTimeMillis(), opId, device), scope));
        }
        try (Closing c = new Closing(server.transport(user, device))) {
            HttpSyncTransport t = c.t();
            Responses.Push answer = t.push(new Requests.Push(device, ops));
            assertThat(answer.results()).allSatisfy(res -> assertThat(res.status()).isEqualTo(OpStatus.APPLIED));
        }
        return ids;
    }

    @BeforeAll
    static void aCaseFileOfTeamSalt() {
        UUID household = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        caseFile = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        OPENED.addAll(push("pau", "SALT", List.of(
                Map.entry("household", fields("~id", household, "name", "Llar Prova")),
                Map.entry("person", fields("~id", person, "given_name", "Prova")),
                Map.entry("household_member", fields("household_id", household, "person_id", person)),
                Map.entry("case_file", fields("~id", caseFile, "household_id", household, "number", "S-1")),
                Map.entry("intervention", fields("case_file_id", caseFile, "person_id", person)),
                Map.entry("intervention_plan", fields("~id", plan, "case_file_id", caseFile)),
                Map.entry("plan_goal", fields("plan_id", plan)))));
        UUID otherHousehold = UUID.randomUUID();
        UUID otherCase = UUID.randomUUID();
        OTHER.addAll(push("pau", "SALT", List.of(
                Map.entry("household", fields("~id", otherHousehold, "name", "Altra llar")),
                Map.entry("person", fields("given_name", "Altra")),
                Map.entry("case_file", fields("~id", otherCase, "household_id", otherHousehold, "number", "S-2")),
                Map.entry("intervention", fields("case_file_id", otherCase)))));
        ownCaseFile = UUID.randomUUID();
        push("laia", "GIR-N", List.of(Map.entry("case_file", fields("~id", ownCaseFile, "number", "G-1"))));
    }

    private static String userOf(String role, String prefix) throws Exception {
        String name = prefix + "-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
        server.directory().addUser(name, "Prova " + role, TestServer.PASSWORD.toCharArray(), "GIR-N", List.of(role));
        return name;
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (SyncServerException e) {
            return e.code();
        }
        throw new AssertionError("the server accepted");
    }

    private static Set<UUID> pulled(HttpSyncTransport t, String scope) {
        Set<UUID> ids = new HashSet<>();
        String cursor = null;
        Responses.Pull page;
        do {
            page = t.pull(scope, cursor, 100);
            page.records().forEach(r -> ids.add(r.id()));
            cursor = page.cursor();
        } while (page.hasMore());
        return ids;
    }

    @Test
    void anOpenedCaseFileIsServedAloneUntilItExpires() throws Exception {
        String user = userOf("SOCIAL_WORKER", "glass");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            assertThat(code(() -> t.pull("SALT", null, 100))).isEqualTo("forbidden");

            EmergencyWire.Opening o = t.openEmergency(caseFile.toString(), "  " + REASON + "  ");
            assertThat(o.scope()).isEqualTo("SALT");
            assertThat(o.reason()).isEqualTo(REASON);
            assertThat(o.username()).isEqualTo(user);
            assertThat(o.records()).isEqualTo(OPENED.size());
            assertThat(o.expiresAt() - o.openedAt()).isEqualTo(java.time.Duration.ofHours(24).toMillis());

            Set<UUID> served = pulled(t, "SALT");
            assertThat(served).containsExactlyInAnyOrderElementsOf(OPENED).doesNotContainAnyElementsOf(OTHER);
            // Its own scope still pulls as before; the opening is audited with the opened scope.
            assertThat(pulled(t, "GIR-N")).contains(ownCaseFile);
            long userId = server.number("SELECT id FROM app_user WHERE username = ?", user);
            assertThat(server.number("SELECT count(*) FROM audit WHERE user_id = ? AND endpoint = '/emergency'"
                    + " AND status = 200 AND scope = 'SALT' AND record_count = ?", userId, OPENED.size())).isOne();
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ? AND reason = ?",
                    userId, REASON)).isOne();

            // Expired: the scope is closed again, even from the start.
            try (var db = server.db().connection(); var ps = db.prepareStatement("UPDATE emergency_opening"
                    + " SET opened_at = now() - interval '25 hours', expires_at = now() - interval '1 hour'"
                    + " WHERE user_id = ?")) {
                ps.setLong(1, userId);
                assertThat(ps.executeUpdate()).isOne();
            }
            assertThat(code(() -> t.pull("SALT", null, 100))).isEqualTo("forbidden");
        }
    }

    @Test
    void aReasonIsRequiredAndACaseFileInScopeIsRefused() throws Exception {
        String user = userOf("SOCIAL_WORKER", "reason");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            assertThat(code(() -> t.openEmergency(caseFile.toString(), ""))).isEqualTo("reason_required");
            assertThat(code(() -> t.openEmergency(caseFile.toString(), null))).isEqualTo("reason_required");
            assertThat(code(() -> t.openEmergency(caseFile.toString(), "urgent            "))).isEqualTo("reason_required");
            assertThat(code(() -> t.openEmergency(caseFile.toString(), "x".repeat(EmergencyWire.MAX_REASON + 1))))
                    .isEqualTo("reason_required");
            assertThat(code(() -> t.openEmergency(ownCaseFile.toString(), REASON))).isEqualTo("in_scope");
            assertThat(code(() -> t.openEmergency(UUID.randomUUID().toString(), REASON))).isEqualTo("not_found");
            assertThat(code(() -> t.openEmergency("EXP-2025-00000-1", REASON))).isEqualTo("not_found");
            assertThat(code(() -> t.openEmergency("  ", REASON))).isEqualTo("bad_request");
            // Nothing was opened, so nothing is served.
            assertThat(code(() -> t.pull("SALT", null, 100))).isEqualTo("forbidden");
            long userId = server.number("SELECT id FROM app_user WHERE username = ?", user);
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ?", userId)).isZero();
        }
    }

    @Test
    void aCaseFileIsNamedByTheNumberTheOtherTeamGives() throws Exception {
        String user = userOf("SOCIAL_WORKER", "number");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            EmergencyWire.Opening o = t.openEmergency(" s-1 ", REASON);
            assertThat(o.caseFileId()).isEqualTo(caseFile.toString());
            assertThat(o.records()).isEqualTo(OPENED.size());
            assertThat(code(() -> t.openEmergency("G-1", REASON))).isEqualTo("in_scope");
        }
    }

    @Test
    void tenTriesAnHourAtMost() throws Exception {
        String user = userOf("SOCIAL_EDUCATOR", "tries");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            for (int i = 0; i < EmergencyService.MAX_TRIES_PER_HOUR; i++) {
                assertThat(code(() -> t.openEmergency(caseFile.toString(), "short"))).isEqualTo("reason_required");
            }
            assertThat(code(() -> t.openEmergency(caseFile.toString(), REASON))).isEqualTo("too_many_attempts");
            long userId = server.number("SELECT id FROM app_user WHERE username = ?", user);
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ?", userId)).isZero();
        }
    }

    @Test
    void anAnswerLostOnTheWayIsAskedForAgainAndGivesTheSameOpening() throws Exception {
        String user = userOf("SOCIAL_WORKER", "lost");
        try (FaultProxy proxy = new FaultProxy(server.port(), 1);
                Closing c = new Closing(TestServer.transport(proxy.url(), user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            proxy.next("/emergency", FaultProxy.Fault.CUT_ANSWER);
            EmergencyWire.Opening o = t.openEmergency(caseFile.toString(), REASON);
            assertThat(proxy.count("/emergency", FaultProxy.Fault.CUT_ANSWER)).isOne();
            assertThat(proxy.count("/emergency", FaultProxy.Fault.PASS)).isOne();
            long userId = server.number("SELECT id FROM app_user WHERE username = ?", user);
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ?", userId)).isOne();
            assertThat(server.number("SELECT id FROM emergency_opening WHERE user_id = ?", userId)).isEqualTo(o.id());
            assertThat(server.number("SELECT count(*) FROM audit WHERE user_id = ? AND endpoint = '/emergency'"
                    + " AND target = ?", userId, EmergencyService.REPLAY + o.id())).isOne();
        }
    }

    @Test
    void aRetriedOpeningIsTheSameOpeningAndTheSameTry() throws Exception {
        String user = userOf("SOCIAL_WORKER", "retry");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            String request = UUID.randomUUID().toString();
            EmergencyWire.Opening first = t.openEmergency(caseFile.toString(), REASON, request);
            // The answer was lost on the way: the client sends the same request again.
            EmergencyWire.Opening again = t.openEmergency(caseFile.toString(), REASON, request);
            assertThat(again).isEqualTo(first);
            long userId = server.number("SELECT id FROM app_user WHERE username = ?", user);
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ?", userId)).isOne();
            assertThat(server.number("SELECT count(*) FROM emergency_record WHERE opening_id = ?", first.id()))
                    .isEqualTo(OPENED.size());
            // Both requests have their audit row; the repeated one says so and is not a second try.
            assertThat(server.number("SELECT count(*) FROM audit WHERE user_id = ? AND endpoint = '/emergency'"
                    + " AND status = 200", userId)).isEqualTo(2);
            assertThat(server.number("SELECT count(*) FROM audit WHERE user_id = ? AND endpoint = '/emergency'"
                    + " AND target = ?", userId, "replay of opening " + first.id())).isOne();

            // The same request id for another case file or another reason is refused, and opens nothing.
            assertThat(code(() -> t.openEmergency("S-2", REASON, request))).isEqualTo("request_id_reused");
            assertThat(code(() -> t.openEmergency(caseFile.toString(), REASON + " (bis)", request)))
                    .isEqualTo("request_id_reused");
            assertThat(code(() -> t.openEmergency(caseFile.toString(), REASON, "not-an-id"))).isEqualTo("bad_request");
            assertThat(server.number("SELECT count(*) FROM emergency_opening WHERE user_id = ?", userId)).isOne();

            // One try so far, the two refusals and the bad id three more: six others fit in the hour, then none;
            // the lost answer of an earlier try is still given.
            for (int i = 0; i < EmergencyService.MAX_TRIES_PER_HOUR - 4; i++) {
                assertThat(code(() -> t.openEmergency(caseFile.toString(), "short"))).isEqualTo("reason_required");
            }
            assertThat(code(() -> t.openEmergency(caseFile.toString(), REASON))).isEqualTo("too_many_attempts");
            assertThat(t.openEmergency(caseFile.toString(), REASON, request)).isEqualTo(first);
            // Another user's request id is hers alone.
            String other = userOf("SOCIAL_WORKER", "retry-other");
            try (Closing o = new Closing(server.transport(other, "dev-" + UUID.randomUUID()))) {
                EmergencyWire.Opening hers = o.t().openEmergency(caseFile.toString(), REASON, request);
                assertThat(hers.id()).isNotEqualTo(first.id());
                assertThat(hers.username()).isEqualTo(other);
            }
        }
    }

    static List<String> roles() {
        return PermissionMatrix.roles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void theMatrixDecidesWhoMayBreakTheGlass(String role) throws Exception {
        String user = userOf(role, "role");
        boolean granted = PermissionMatrix.actionsOf(role).contains("BREAK_THE_GLASS");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            if (granted) {
                assertThat(t.openEmergency(caseFile.toString(), REASON).records()).isEqualTo(OPENED.size());
                assertThat(pulled(t, "SALT")).containsExactlyInAnyOrderElementsOf(OPENED);
            } else {
                assertThat(code(() -> t.openEmergency(caseFile.toString(), REASON))).isEqualTo("forbidden");
                assertThat(code(() -> t.pull("SALT", null, 100))).isEqualTo("forbidden");
            }
            boolean lead = PermissionMatrix.actionsOf(role).contains("VIEW_AUDIT");
            if (!lead) {
                assertThat(code(t::emergencyOpenings)).isEqualTo("forbidden");
            }
        }
    }

    @Test
    void theTeamLeadsOfBothTeamsSeeTheOpenings() throws Exception {
        String user = userOf("FAMILY_WORKER", "seen");
        try (Closing c = new Closing(server.transport(user, "dev-" + UUID.randomUUID()))) {
            HttpSyncTransport t = c.t();
            t.openEmergency(caseFile.toString(), REASON);
        }
        // montse leads GIR-N (the opener's team); a lead of SALT (the case file's team) is told as well.
        server.directory().addUser("lead-salt", "Cap SALT", TestServer.PASSWORD.toCharArray(), "SALT",
                List.of("TEAM_LEAD"));
        for (String lead : List.of("montse", "lead-salt")) {
            try (Closing c = new Closing(server.transport(lead, "dev-" + UUID.randomUUID()))) {
                HttpSyncTransport t = c.t();
                List<EmergencyWire.Opening> seen = t.emergencyOpenings().openings();
                assertThat(seen).anySatisfy(o -> {
                    assertThat(o.username()).isEqualTo(user);
                    assertThat(o.userTeam()).isEqualTo("GIR-N");
                    assertThat(o.caseFileId()).isEqualTo(caseFile.toString());
                    assertThat(o.reason()).isEqualTo(REASON);
                    assertThat(o.expiresAt()).isGreaterThan(o.openedAt());
                });
            }
        }
    }
}
