package cat.teixit.sync.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently {@link HttpSyncTransport} tries a request again (docs/sync-protocol.md §2):
 * at most {@code maxAttempts} tries; after the n-th failed try it waits a random time between half and all of
 * min({@code cap}, {@code base}·2^(n−1)), or longer if the server's {@code Retry-After} asks so, never longer
 * than {@code cap}. {@link #DEFAULT} is the one place of the reference client's budget. Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {

    /** The documented budget: 6 tries, waits from 250 ms doubling, never above 20 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(20));

    /**
     * A person waiting at the login screen: one more try after a short wait, then the workstation logs in
     * offline against its cache (docs/sync-protocol.md §2).
     */
    public static final RetryPolicy INTERACTIVE = new RetryPolicy(2, Duration.ofMillis(250), Duration.ofSeconds(1));

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (maxAttempts < 1 || base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** The same number of tries with other waits (tests that must not wait long). */
    public RetryPolicy withBackoff(Duration newBase, Duration newCap) {
        return new RetryPolicy(maxAttempts, newBase, newCap);
    }

    /** The longest wait after {@code failedAttempts} failed tries (1 or more), before any jitter. */
    public Duration ceiling(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no try failed yet");
        }
        long capMs = cap.toMillis();
        long ms = base.toMillis();
        for (int i = 1; i < failedAttempts && ms < capMs; i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, capMs));
    }

    /**
     * The wait after {@code failedAttempts} failed tries: drawn between half and all of {@link #ceiling}, then
     * stretched to {@code retryAfter} (null: the server asked nothing) up to {@link #cap}.
     */
    public Duration delay(int failedAttempts, Duration retryAfter, RandomGenerator random) {
        long ceiling = ceiling(failedAttempts).toMillis();
        long ms = random.nextLong(ceiling / 2, ceiling + 1);
        if (retryAfter != null && !retryAfter.isNegative()) {
            ms = Math.max(ms, (retryAfter.compareTo(cap) < 0 ? retryAfter : cap).toMillis());
        }
        return Duration.ofMillis(ms);
    }
}
