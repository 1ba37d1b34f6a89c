package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.Cluster;
import cat.teixit.server.testing.RawApi;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.sync.protocol.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server instances on one database serve the same clients interchangeably: they hold no state. */
class MultiInstanceTest {

    private static TestServer server;
    private static SyncServer second;

    @BeforeAll
    static void start() {
        server = new TestServer();
        second = new SyncServer(server.db(), new PasswordHasher(256, 1, 1), ServerSettings.defaults(), Clock.systemUTC())
                .start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        second.close();
        server.close();
    }

    @Test
    void aTokenFromOneInstanceWorksOnTheOther() {
        // No fresh login on the second instance: the tokens the first one issued, as behind a load balancer.
        RawApi a = new RawApi(server.url());
        RawApi b = new RawApi(java.net.URI.create("http://127.0.0.1:" + second.port()));
        Responses.Tokens fromA = a.login("laia", "dev-multi");
        assertThat(b.sessionStatus(fromA.accessToken())).isEqualTo(200);

        Responses.Tokens fromB = RawApi.tokens(b.refresh(fromA.refreshToken()));
        assertThat(a.sessionStatus(fromB.accessToken())).as("refreshed on B, used on A").isEqualTo(200);
        assertThat(a.sessionStatus(fromA.accessToken())).as("the pair B replaced, on A").isEqualTo(401);
        assertThat(a.refresh(fromA.refreshToken()).statusCode()).as("the rotated token, on A").isEqualTo(401);
    }

    @Test
    void clientsSpreadOverBothInstancesConverge(@TempDir Path dir) throws Exception {
        // Half the replicas use each instance, as behind a load balancer.
        java.net.URI secondUrl = java.net.URI.create("http://127.0.0.1:" + second.port());
        try (Cluster cluster = new Cluster(server, server.url(), dir, 77, 2, "MULTI", "multi-a")) {
            try (Cluster other = new Cluster(server, secondUrl, dir, 78, 2, "MULTI", "multi-b",
                    cluster.model())) {
                cluster.run(60);
                other.run(60);
                cluster.run(60);
                other.settle();
                cluster.settle();
                other.settle();
                cluster.assertConverged();
                other.assertConverged();
            }
        }
    }
}
