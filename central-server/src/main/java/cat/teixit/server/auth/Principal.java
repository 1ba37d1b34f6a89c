package cat.teixit.server.auth;

import java.util.Map;

/**
 * Who a request comes from: the user, the device the session was opened on, and the scopes the user
 * holds now (scope to write permission). Immutable.
 */
public record Principal(long userId, String username, String deviceId, Map<String, Boolean> scopes) {

    public Principal {
        scopes = Map.copyOf(scopes);
    }

    public boolean canRead(String scope) {
        return scopes.containsKey(scope);
    }

    public boolean canWrite(String scope) {
        return Boolean.TRUE.equals(scopes.get(scope));
    }
}
