package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.Cluster;
import cat.teixit.server.testing.CrashingClient;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.BlobStatus;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.client.testing.SyncModel;
import cat.teixit.sync.protocol.Hashing;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client in a separate JVM, killed with SIGKILL at each labelled step of push, pull, attachment
 * upload and download; a new process then syncs the same SQLite file: nothing lost, nothing applied
 * twice, nothing refused, the workstation equal to the server record by record, the attachment committed
 * and downloaded intact.
 */
class KillNineTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    static Stream<String> labels() {
        return CrashPoints.LABELS.stream();
    }

    private static Process client(Path db, String device, String label, String scope, String sha, Path target)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A short-lived client: quick start matters more than peak speed.
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), CrashingClient.class.getName(), server.url().toString(),
                db.toString(), device, "laia", label, scope, sha, target.toString()).redirectErrorStream(true).start();
    }

    /** Runs a client until it reaches {@code label} (then SIGKILL) or ends; returns whether it was killed. */
    private static boolean runUntil(Process p, String label) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("REACHED " + label)) {
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                    return true;
                }
                if (line.equals("DONE")) {
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("client exit").isZero();
        return false;
    }

    private static long count(String sql, Object arg) throws Exception {
        try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void killedAtAnyStepTheNextProcessResumesWithNoLossAndNoDuplicate(String label, @TempDir Path dir)
            throws Exception {
        String device = "kill-" + label.replace('.', '-');
        String scope = "K" + Math.abs(label.hashCode() % 100000);
        server.directory().grantScope("laia", scope, true);
        server.directory().grantScope("jordi", scope, true);
        Path db = dir.resolve("ws.db");
        byte[] blob = new byte[2 * 1024 * 1024 + 17];
        new Random(label.hashCode()).nextBytes(blob);
        Path file = Files.write(dir.resolve("scan.pdf"), blob);
        String sha;
        List<UUID> mine = new ArrayList<>();
        try (SqliteSyncStore store = new SqliteSyncStore(db, device);
                TestServer.Replica jordi = server.replica(dir, "jordi", device + "-j")) {
            jordi.store.create("person", scope, Map.of("name", "from jordi"));
            jordi.sync();
            for (int i = 0; i < 7; i++) {
                mine.add(store.create("person", scope, Map.of("name", "n" + i)));
            }
            store.patch(mine.getFirst(), Map.of("phone", "600"));
            sha = store.attach(scope, file);
            store.applyPulled("GONE", List.of(), "0.0");
        }
        Path target = dir.resolve("downloaded.pdf");

        boolean killed = runUntil(client(db, device, label, scope, sha, target), label);
        assertThat(killed).as("the client reached " + label).isTrue();
        assertThat(runUntil(client(db, device, "none", scope, sha, target), "none")).isFalse();

        try (SqliteSyncStore store = new SqliteSyncStore(db, device)) {
            assertThat(store.pendingCount()).isZero();
            assertThat(store.rows().values().stream().filter(r -> r.scope().equals(scope))).hasSize(8);
            assertThat(store.knownScopes()).doesNotContain("GONE");
            assertThat(store.blobState(scope, sha)).isEqualTo("uploaded");
            assertThat(store.rejections()).as("no op refused").isEmpty();
            Map<UUID, String> local = new TreeMap<>();
            store.rows().values().stream().filter(r -> r.scope().equals(scope)).forEach(r -> local.put(r.id(),
                    SyncModel.Expected.describe(r.serverVersion() == null ? -1 : r.serverVersion(), r.fields(),
                            r.deletedAt() != null)));
            assertThat(local).as("the workstation equals the server").isEqualTo(Cluster.serverState(server, scope));
        }
        assertThat(count("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM change WHERE device_id = ?", device)).isEqualTo(8);
        assertThat(count("SELECT version FROM record WHERE id = ?", mine.getFirst())).isEqualTo(2);
        var direct = server.transport("laia", device + "-check");
        assertThat(direct.blobStatus(scope, sha).state()).isEqualTo(BlobStatus.State.COMMITTED);
        direct.close();
        assertThat(Hashing.sha256Hex(target)).isEqualTo(sha);
    }
}
