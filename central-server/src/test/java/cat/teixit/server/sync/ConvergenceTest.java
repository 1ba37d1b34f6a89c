package cat.teixit.server.sync;

import cat.teixit.server.testing.Cluster;
import cat.teixit.server.testing.TestServer;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: 3 to 5 replicas make hundreds of random offline creates, patches and deletes (some in
 * multi-op transactions), sync in random order, sometimes crash at a random sync step, sometimes pull
 * while edits wait, and in bursts change one record and sync at the same time on threads; after conflicts
 * are resolved (randomly: mine or theirs) and everyone syncs, every replica equals the server and the
 * {@link cat.teixit.sync.client.testing.SyncModel} (the expected state computed from the history with the
 * protocol's merge rules), every change made reached the server, every op was answered, consistently, and
 * applied at most once, and each conflict the model predicts was kept once.
 * Seeds: {@code -Dteixit.convergence.seeds=N} (default 10), first seed
 * {@code -Dteixit.convergence.firstSeed=S}; a failure names its seed.
 */
class ConvergenceTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    static Stream<Long> seeds() {
        long first = Long.getLong("teixit.convergence.firstSeed", 1);
        long count = Long.getLong("teixit.convergence.seeds", 10);
        return LongStream.range(first, first + count).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replicasConvergeToTheServerAndEveryOpCountsOnce(long seed, @TempDir Path dir) throws Exception {
        SplittableRandom sizes = new SplittableRandom(seed ^ 0x5DEECE66DL);
        try (Cluster cluster = new Cluster(server, server.url(), dir, seed, 3 + sizes.nextInt(3), "CONV" + seed)) {
            cluster.run(150 + sizes.nextInt(150));
            cluster.settle();
            cluster.assertConverged();
        }
    }
}
