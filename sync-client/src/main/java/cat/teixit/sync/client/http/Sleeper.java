package cat.teixit.sync.client.http;

import java.time.Duration;

/**
 * How {@link HttpSyncTransport} waits between two tries of a request. Its own waits end at once when the
 * transport is cancelled; a test may give one that only records the waits, so that a retry schedule is checked
 * without sleeping. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code delay} (or less); throws if the thread is interrupted. */
    void sleep(Duration delay) throws InterruptedException;
}
