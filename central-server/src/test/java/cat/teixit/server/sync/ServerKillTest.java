package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.Cluster;
import cat.teixit.server.testing.KillableServer;
import cat.teixit.server.testing.TestDatabase;
import cat.teixit.server.testing.TestServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The central server in a JVM of its own, killed with SIGKILL inside a push's transaction (before its
 * commit) or with a pull page read but not sent, while workstations go on editing and syncing; PostgreSQL
 * stays up, a new server process starts on the same port, and after everyone settles every replica equals
 * the server and the {@link cat.teixit.sync.client.testing.SyncModel}, no op was refused, each conflict was
 * kept once and every outbox is empty.
 */
class ServerKillTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static Process serverProcess(int port, String crashAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), KillableServer.class.getName(), TestDatabase.jdbcUrl(),
                Integer.toString(port), crashAt).redirectErrorStream(true).start();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Reads the process's output until {@code line}; false if it ends first. */
    private static boolean awaitLine(BufferedReader out, String line) throws Exception {
        String l;
        while ((l = out.readLine()) != null) {
            if (l.equals(line)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"server.push.beforeCommit", "server.pull.beforeAnswer"})
    void killedMidRequestAndStartedAgainTheServerLosesAndDoublesNothing(String label, @TempDir Path dir)
            throws Exception {
        int port = freePort();
        URI url = URI.create("http://127.0.0.1:" + port);
        Process first = serverProcess(port, label);
        AtomicReference<Process> second = new AtomicReference<>();
        BufferedReader firstOut = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        try {
            assertThat(awaitLine(firstOut, "LISTENING")).as("the server started").isTrue();
            // Kill the server where it stops, then start another on the same port and the same database.
            CompletableFuture<Void> restarted = CompletableFuture.runAsync(() -> {
                try {
                    assertThat(awaitLine(firstOut, "REACHED " + label)).as("the server reached " + label).isTrue();
                    first.destroyForcibly();
                    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    Process p = serverProcess(port, "none");
                    second.set(p);
                    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                    assertThat(awaitLine(out, "LISTENING")).as("the server started again").isTrue();
                    Thread.ofVirtual().start(() -> out.lines().forEach(line -> { }));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String scope = label.contains("push") ? "SKPUSH" : "SKPULL";
            try (Cluster cluster = new Cluster(server, url, dir, label.hashCode(), 3, scope)) {
                cluster.run(120);
                restarted.get(2, TimeUnit.MINUTES);
                cluster.settle();
                cluster.assertConverged();
            }
        } finally {
            first.destroyForcibly();
            Process p = second.get();
            if (p != null) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
