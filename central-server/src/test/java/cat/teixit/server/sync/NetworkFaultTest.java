package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.Cluster;
import cat.teixit.server.testing.FaultProxy;
import cat.teixit.server.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replicas sync through a proxy that cuts answers and requests mid-body, answers 503, slows links and
 * sends requests twice (the copy late, so out of order); once the network heals, they converge with
 * every op applied exactly once.
 */
class NetworkFaultTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** Seeds 11, 12, 13 by default; {@code -Dteixit.faults.seeds=N} runs more. */
    static java.util.stream.Stream<Long> seeds() {
        return java.util.stream.LongStream.range(11, 11 + Long.getLong("teixit.faults.seeds", 3)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replicasConvergeOnceTheNetworkHeals(long seed, @TempDir Path dir) throws Exception {
        try (FaultProxy proxy = new FaultProxy(server.port(), seed);
                Cluster cluster = new Cluster(server, proxy.url(), dir, seed, 3, "NET" + seed)) {
            proxy.breakRandomly();
            cluster.run(120);
            assertThat(proxy.faultsInjected()).isPositive();
            proxy.heal();
            cluster.settle();
            cluster.assertConverged();
        }
    }
}
