package cat.teixit.sync.client.http;

/**
 * Supplies credentials when the transport must log in (first call, or the refresh token expired).
 * Returning null means "no credentials now": the call fails with an authentication error. Called from
 * the sync thread; implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {

    Credentials credentials();
}
