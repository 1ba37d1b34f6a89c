package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;


import cat.teixit.testing.CentralServer;
import cat.teixit.testing.FlakyFront;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teixit sync} in its own JVM, stopped as Ctrl+C or a scheduler stops it while it waits the 20 s a
 * busy server asked for between two tries: the process ends at once, not after the wait.
 */
class SyncInterruptTest {

    @TempDir
    Path dir;

    @Test
    void aSyncWaitingBetweenTriesEndsAtOnceWhenStopped() throws Exception {
        // Every request is answered 503 with Retry-After: 20, so nothing behind the front is ever reached.
        try (FlakyFront front = new FlakyFront(URI.create("http://127.0.0.1:1"))) {
            front.failNext(Integer.MAX_VALUE, FlakyFront.Fault.UNAVAILABLE, "20");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "--data-dir", dir.resolve("ws").toString(), "sync", "--server", front.url().toString(),
                    "--user", "laia", "--allow-plain-http").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.txt").toFile());
            pb.environment().put(SyncCommand.PASSWORD_VARIABLE, CentralServer.PASSWORD);
            Process p = pb.start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (front.failedRequests() < 1 && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                Thread.sleep(300);
                assertThat(p.isAlive()).as("waiting the 20 s the server asked for").isTrue();
                long stoppedAt = System.nanoTime();
                p.destroy();
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(3));
                assertThat(front.failedRequests()).as("no try after the stop").isEqualTo(1);
            } finally {
                p.destroyForcibly();
            }
        }
    }
}
