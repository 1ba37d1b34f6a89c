package cat.teixit.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging out of the workstation ends the session on the real central server too (docs/decisions/0024); offline,
 * the logout is local and immediate.
 */
class ServerLogoutTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private long liveSessions(String deviceId) {
        return server.number("SELECT count(*) FROM auth_session WHERE device_id = ? AND revoked_at IS NULL", deviceId);
    }

    @Test
    void loggingOutEndsTheServerSession() throws Exception {
        try (Station a = Station.open(dir.resolve("a"), server.url())) {
            a.login("laia");
            a.syncOk();
            String device = a.w.hybridClock().deviceId();
            assertThat(liveSessions(device)).isEqualTo(1);
            a.w.auth().logout();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (liveSessions(device) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(liveSessions(device)).as("live sessions after logging out").isZero();
        }
    }

    @Test
    void offlineTheLogoutIsLocalAndDoesNotWait() throws Exception {
        Path data = dir.resolve("b");
        try (Station b = Station.open(data, server.url())) {
            b.login("jordi");
        }
        URI nobody;
        try (ServerSocket s = new ServerSocket(0)) {
            nobody = URI.create("http://127.0.0.1:" + s.getLocalPort());
        }
        try (Station b = Station.open(data, nobody)) {
            b.login("jordi");
            long start = System.nanoTime();
            b.w.auth().logout();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(b.w.sync().hasSession()).isFalse();
        }
    }
}
