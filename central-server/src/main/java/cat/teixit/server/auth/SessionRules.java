package cat.teixit.server.auth;

import java.time.Duration;

/**
 * The session and login-throttling rules of a server (docs/decisions/0024-server-sessions-and-throttling.md):
 * token lifetimes, the absolute lifetime of a session chain, and how failed logins slow a guesser down.
 * Immutable.
 *
 * @param accessTtl how long an access token works
 * @param refreshTtl how long a refresh token works if unused (never past the chain's end)
 * @param sessionLifetime how long a chain (a login and the refreshes after it) lasts at most; then: log in again
 * @param freeFailures failed logins of a name from one address before the waits begin
 * @param firstDelay the wait after the last free failure; each further failure doubles it
 * @param maxDelay the longest wait
 * @param maxConcurrentHashes password checks under way at once (each takes the Argon2 memory); the rest queue
 * @param hashQueueWait how long a login waits in that queue before it is answered {@code busy}
 */
public record SessionRules(Duration accessTtl, Duration refreshTtl, Duration sessionLifetime, int freeFailures,
        Duration firstDelay, Duration maxDelay, int maxConcurrentHashes, Duration hashQueueWait) {

    public SessionRules {
        if (accessTtl.isNegative() || accessTtl.isZero() || refreshTtl.isNegative() || refreshTtl.isZero()
                || sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("token lifetimes must be positive");
        }
        if (freeFailures < 1 || maxConcurrentHashes < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("invalid login throttling rules");
        }
    }

    public static SessionRules defaults() {
        return new SessionRules(Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(30), 5,
                Duration.ofSeconds(2), Duration.ofMinutes(15), Math.max(2, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(20));
    }

    public SessionRules withAccessTtl(Duration ttl) {
        return new SessionRules(ttl, refreshTtl, sessionLifetime, freeFailures, firstDelay, maxDelay,
                maxConcurrentHashes, hashQueueWait);
    }

    public SessionRules withSessionLifetime(Duration lifetime) {
        return new SessionRules(accessTtl, refreshTtl, lifetime, freeFailures, firstDelay, maxDelay,
                maxConcurrentHashes, hashQueueWait);
    }

    public SessionRules withMaxConcurrentHashes(int n) {
        return new SessionRules(accessTtl, refreshTtl, sessionLifetime, freeFailures, firstDelay, maxDelay, n,
                hashQueueWait);
    }

    /** The wait after the {@code failures}-th failure in a row: none for the free ones, then doubling, capped. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        long millis = firstDelay.toMillis() << doublings;
        return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }
}
