package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.OpStatus;
import cat.teixit.sync.protocol.Protocol;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a client that does not follow the protocol (a colleague's tool, a modified workstation) can no longer do
 * to other users' workstations through the real server: take over a device, poison every clock, store values
 * nobody can read back, make a scope's pull page too large to read, or hold an attachment's hash with a wrong
 * size. The hostile-server counterpart is the sync client's {@code HostileServerTest}.
 */
class HostileClientTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static String device(String who) {
        return "dev-" + who + "-" + UUID.randomUUID();
    }

    private static String hlc(long wallMillis, String device) {
        return String.format("%013x-0000-%s", wallMillis, device);
    }

    private static PushOp insert(String device, long opId, UUID id, ObjectNode fields) {
        return new PushOp(opId, UUID.randomUUID(), "person", id, ChangeKind.INSERT, fields, null,
                hlc(System.currentTimeMillis(), device), "GIR-N");
    }

    private static PushOp patch(String device, long opId, UUID id, long base, ObjectNode fields) {
        return new PushOp(opId, UUID.randomUUID(), "person", id, ChangeKind.PATCH, fields, base,
                hlc(System.currentTimeMillis(), device), "GIR-N");
    }

    private static ObjectNode fields(String name, JsonNode value) {
        ObjectNode f = NODES.objectNode();
        f.set(name, value);
        return f;
    }

    /** Pulls a whole scope with pages of 500 through the client's strict parser: {records, pages}. */
    private static int[] pullAll(HttpSyncTransport t, String scope) {
        String cursor = null;
        int[] got = new int[2];
        boolean more = true;
        while (more) {
            Responses.Pull page = t.pull(scope, cursor, 500);
            got[0] += page.records().size();
            got[1]++;
            cursor = page.cursor();
            more = page.hasMore();
        }
        return got;
    }

    private static List<String> reasons(Responses.Push r) {
        return r.results().stream().map(OpResult::reason).toList();
    }

    // ---- device ids are bound to the device's key

    @Test
    void aDeviceIdSeenInAnHlcCannotBeTakenOverByAnotherUserWithAnotherKey() {
        String hers = device("laia");
        HttpSyncTransport laia = server.transport("laia", hers);
        laia.push(new Requests.Push(hers, List.of(insert(hers, 1, UUID.randomUUID(), fields("name",
                NODES.textNode("Núria"))))));

        // Pau (another team) read her device id in an HLC and logs in with it, with a key of his own.
        RawApi raw = new RawApi(server.url());
        var hijack = raw.tryLogin("pau", hers, TestServer.deviceKey("pau's own device"));
        assertThat(hijack.statusCode()).isEqualTo(403);
        assertThat(hijack.body()).contains("\"device_key_mismatch\"");
        // A colleague of her own team may not either: the key, not the team, is the device.
        assertThat(raw.tryLogin("jordi", hers, TestServer.deviceKey("jordi's")).statusCode()).isEqualTo(403);
        // A client that sends no key at all is too old for this server.
        assertThat(raw.tryLogin("pau", hers, null).statusCode()).isEqualTo(426);
        assertThat(raw.tryLoginWith("{\"username\":\"pau\",\"password\":\"" + TestServer.PASSWORD
                + "\",\"deviceId\":\"" + hers + "\"}").statusCode()).isEqualTo(426);

        // Her outbox goes on: op 2 is hers, and applied.
        Responses.Push next = laia.push(new Requests.Push(hers, List.of(insert(hers, 2, UUID.randomUUID(),
                fields("name", NODES.textNode("Pere"))))));
        assertThat(next.results().getFirst().status()).isEqualTo(OpStatus.APPLIED);
        assertThat(server.number("SELECT count(*) FROM applied_op WHERE device_id = ? AND user_id <> "
                + "(SELECT id FROM app_user WHERE username = 'laia')", hers)).isZero();
        // Another user on her own workstation (same key) is fine: a shared workstation is one device.
        assertThat(raw.tryLogin("jordi", hers).statusCode()).isEqualTo(200);
        laia.close();
    }

    // ---- HLCs

    @Test
    void anHlcFarAheadOrNamingAnotherDeviceIsRejectedAndTheRestOfThePushGoesOn() {
        String mine = device("laia");
        String hers = device("jordi");
        HttpSyncTransport laia = server.transport("laia", mine);
        UUID ahead = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID fine = UUID.randomUUID();
        PushOp forged = new PushOp(1, UUID.randomUUID(), "person", ahead, ChangeKind.INSERT,
                fields("name", NODES.textNode("x")), null, "fffffffffffff-ffff-" + mine, "GIR-N");
        PushOp sixMinutes = new PushOp(2, UUID.randomUUID(), "person", UUID.randomUUID(), ChangeKind.INSERT,
                fields("name", NODES.textNode("x")), null, hlc(System.currentTimeMillis() + 6 * 60_000, mine),
                "GIR-N");
        PushOp impersonating = new PushOp(3, UUID.randomUUID(), "person", other, ChangeKind.INSERT,
                fields("name", NODES.textNode("x")), null, hlc(System.currentTimeMillis(), hers), "GIR-N");
        Responses.Push r = laia.push(new Requests.Push(mine, List.of(forged, sixMinutes, impersonating,
                insert(mine, 4, fine, fields("name", NODES.textNode("ok"))))));

        assertThat(reasons(r)).containsExactly("hlc_ahead", "hlc_ahead", "hlc_other_device", null);
        assertThat(r.results().get(3).status()).isEqualTo(OpStatus.APPLIED);
        assertThat(server.number("SELECT count(*) FROM record WHERE id IN (?, ?)", ahead, other)).isZero();
        assertThat(server.number("SELECT count(*) FROM record WHERE hlc LIKE 'fffffffffffff%'")).isZero();
        laia.close();
    }

    // ---- values the server could not serve back

    @Test
    void valuesThatCouldNotBeServedBackAreRejectedAndTheScopeStillPulls() {
        String mine = device("laia");
        HttpSyncTransport laia = server.transport("laia", mine);
        JsonNode deep = NODES.textNode("bottom");
        // 59 levels still parse in a push (4 levels around it), but not in a conflict answer (6 around it).
        for (int i = 0; i < 59; i++) {
            deep = NODES.arrayNode().add(deep);
        }
        ObjectNode nulInKey = NODES.objectNode();
        nulInKey.put("a\u0000b", 1);
        List<ObjectNode> bad = List.of(
                fields("income", NODES.numberNode(1e300)),
                fields("income", NODES.numberNode(new java.math.BigDecimal("1e-300"))),
                fields("notes", deep),
                fields("name", NODES.textNode("Núria\u0000")),
                fields("address", nulInKey));
        List<PushOp> ops = new ArrayList<>();
        for (ObjectNode f : bad) {
            ops.add(insert(mine, ops.size() + 1, UUID.randomUUID(), f));
        }
        ops.add(insert(mine, ops.size() + 1, UUID.randomUUID(), fields("income", NODES.numberNode(1234.5))));
        Responses.Push r = laia.push(new Requests.Push(mine, ops));

        assertThat(reasons(r)).containsExactly("number_too_long", "number_too_long", "value_too_deep",
                "nul_character", "nul_character", null);
        // The whole scope still pulls through the real client's strict parser.
        assertThat(pullAll(laia, "GIR-N")[0]).isPositive();
        laia.close();
    }

    @Test
    void aValueAsDeepAsAllowedStillFitsTheConflictAnswerThatWrapsIt() {
        String first = device("laia");
        String second = device("jordi");
        HttpSyncTransport laia = server.transport("laia", first);
        HttpSyncTransport jordi = server.transport("jordi", second);
        JsonNode deepest = NODES.textNode("bottom");
        for (int i = 0; i < Protocol.MAX_VALUE_DEPTH; i++) {
            deepest = NODES.objectNode().set("k", deepest);
        }
        UUID id = UUID.randomUUID();
        assertThat(laia.push(new Requests.Push(first, List.of(insert(first, 1, id, fields("notes", deepest)))))
                .results().getFirst().status()).isEqualTo(OpStatus.APPLIED);
        ArrayNode mine = NODES.arrayNode();
        JsonNode inner = mine;
        for (int i = 1; i < Protocol.MAX_VALUE_DEPTH; i++) {
            ArrayNode next = NODES.arrayNode();
            ((ArrayNode) inner).add(next);
            inner = next;
        }
        // Jordi had not seen her value: a conflict whose answer carries both values, parsed by the client.
        Responses.Push r = jordi.push(new Requests.Push(second, List.of(patch(second, 1, id, 0, fields("notes", mine)))));
        assertThat(r.results().getFirst().status()).isEqualTo(OpStatus.CONFLICT);
        assertThat(r.results().getFirst().conflict().fields().getFirst().theirs()).isEqualTo(deepest);
        laia.close();
        jordi.close();
    }

    @Test
    void aRecordIsNotLetGrowPastItsLimitByPatches() {
        String mine = device("laia");
        HttpSyncTransport laia = server.transport("laia", mine);
        UUID id = UUID.randomUUID();
        long op = 1;
        String text = "x".repeat(60 * 1024);
        laia.push(new Requests.Push(mine, List.of(insert(mine, op++, id, fields("f0", NODES.textNode(text))))));
        OpResult last = null;
        for (int i = 1; i <= 20; i++) {
            last = laia.push(new Requests.Push(mine, List.of(patch(mine, op++, id, i,
                    fields("f" + i, NODES.textNode(text)))))).results().getFirst();
            if (last.status() != OpStatus.APPLIED) {
                break;
            }
        }
        assertThat(last.reason()).isEqualTo("record_too_large");
        assertThat(server.number("SELECT octet_length(fields::text) FROM record WHERE id = ?", id))
                .isLessThan(Protocol.MAX_RECORD_BYTES + 64 * 1024);
        laia.close();
    }

    // ---- pull pages

    @Test
    void aScopeOfLargeRecordsPullsInPagesTheClientReads() throws Exception {
        // 375 records of 64 kB that PostgreSQL renders as 96 kB: one page of 500 records would be 36 MB.
        server.directory().addTeam("BIG", "Equip gran", "ABSS Proves");
        server.directory().addUser("gran", "Gran Prova", TestServer.PASSWORD.toCharArray(), "BIG",
                List.of("SOCIAL_WORKER"));
        String mine = device("gran");
        HttpSyncTransport gran = server.transport("gran", mine);
        int records = 375;
        long op = 1;
        List<PushOp> batch = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            ObjectNode f = NODES.objectNode();
            for (int k = 0; k < 200; k++) {
                ArrayNode digits = f.putArray("f" + k);
                for (int n = 0; n < 155; n++) {
                    digits.add(7);
                }
            }
            batch.add(new PushOp(op++, UUID.randomUUID(), "person", UUID.randomUUID(), ChangeKind.INSERT, f, null,
                    hlc(System.currentTimeMillis(), mine), "BIG"));
            if (batch.size() == 100 || i == records - 1) {
                assertThat(gran.push(new Requests.Push(mine, batch)).results()).extracting(OpResult::status)
                        .containsOnly(OpStatus.APPLIED);
                batch.clear();
            }
        }
        int[] pulled = pullAll(gran, "BIG");
        assertThat(pulled[0]).isEqualTo(records);
        assertThat(pulled[1]).as("pages").isBetween(2, 4);
        gran.close();
    }

    // ---- attachments

    @Test
    void aCoWriterWhoKnowsTheHashCannotHoldItWithAWrongSize() throws Exception {
        byte[] content = "the real report, 40 bytes long.........".getBytes(StandardCharsets.UTF_8);
        String sha = Hashing.sha256Hex(content);
        HttpSyncTransport jordi = server.transport("jordi", device("jordi"));
        HttpSyncTransport laia = server.transport("laia", device("laia"));
        byte[] junk = "zzz".getBytes(StandardCharsets.UTF_8);
        jordi.putChunk("GIR-N", sha, junk.length, 0, junk, junk.length);

        // Laia's upload is hers: she sees nothing of his, and her chunks and commit are accepted.
        assertThat(laia.blobStatus("GIR-N", sha).state()).isEqualTo(BlobStatus.State.ABSENT);
        laia.putChunk("GIR-N", sha, content.length, 0, content, content.length);
        laia.commitBlob("GIR-N", sha, content.length);

        Path got = Files.createTempDirectory("hostile").resolve("got.bin");
        jordi.downloadBlob("GIR-N", sha, got, 1000);
        assertThat(Files.readAllBytes(got)).isEqualTo(content);
        assertThat(jordi.blobStatus("GIR-N", sha).state()).isEqualTo(BlobStatus.State.COMMITTED);
        // Once committed, a chunk of any size for that hash changes nothing.
        jordi.putChunk("GIR-N", sha, junk.length, 0, junk, junk.length);
        jordi.downloadBlob("GIR-N", sha, got, 1000);
        assertThat(Files.readAllBytes(got)).isEqualTo(content);
        jordi.close();
        laia.close();
    }

    @Test
    void aPartialUploadUntouchedForADayIsDiscarded() throws Exception {
        HttpSyncTransport jordi = server.transport("jordi", device("jordi"));
        byte[] part = new byte[Protocol.CHUNK_SIZE];
        String sha = Hashing.sha256Hex("never finished".getBytes(StandardCharsets.UTF_8));
        String fresh = Hashing.sha256Hex("still going".getBytes(StandardCharsets.UTF_8));
        jordi.putChunk("GIR-N", sha, 3L * Protocol.CHUNK_SIZE, 0, part, part.length);
        jordi.putChunk("GIR-N", fresh, 3L * Protocol.CHUNK_SIZE, 0, part, part.length);
        try (var c = server.db().connection(); var ps = c.prepareStatement(
                "UPDATE blob_upload SET touched_at = now() - interval '25 hours' WHERE sha256 = ?")) {
            ps.setString(1, sha);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(server.server().sweepAbandonedUploads()).isEqualTo(1);

        assertThat(jordi.blobStatus("GIR-N", sha).state()).isEqualTo(BlobStatus.State.ABSENT);
        assertThat(jordi.blobStatus("GIR-N", fresh).state()).isEqualTo(BlobStatus.State.PARTIAL);
        assertThat(server.number("SELECT count(*) FROM blob_upload_chunk WHERE sha256 = ?", sha)).isZero();
        jordi.close();
    }

    @Test
    void aRefusedLoginLeavesNoSessionBehind() {
        String hers = device("laia");
        RawApi raw = new RawApi(server.url());
        raw.login("laia", hers);
        assertThatThrownBy(() -> RawApi.tokens(raw.tryLogin("pau", hers, TestServer.deviceKey("other"))))
                .isInstanceOf(AssertionError.class);
        assertThat(server.number("SELECT count(*) FROM auth_session WHERE device_id = ? AND user_id = "
                + "(SELECT id FROM app_user WHERE username = 'pau')", hers)).isZero();
    }
}
