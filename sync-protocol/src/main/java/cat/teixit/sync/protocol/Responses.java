package cat.teixit.sync.protocol;

import java.util.List;
import java.util.Objects;

/** Answer bodies of the sync protocol. Immutable records. */
public final class Responses {

    private Responses() {
    }

    /** Answer to login and refresh. Expiry times are epoch milliseconds. */
    public record Tokens(String accessToken, long accessExpiresAt, String refreshToken, long refreshExpiresAt) {
        public Tokens {
            requireToken(accessToken);
            requireToken(refreshToken);
        }

        private static void requireToken(String token) {
            if (token == null || token.length() < 20 || token.length() > 200) {
                throw new IllegalArgumentException("invalid token");
            }
        }

        @Override
        public String toString() {
            return "Tokens[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
        }
    }

    /** Most colleagues a session answer may name. */
    public static final int MAX_COLLEAGUES = 5_000;

    /**
     * A professional whose records the user may see (same team or a granted scope): the workstation
     * names the authors of records with it, even of people who never logged in there.
     */
    public record Colleague(String username, String displayName, String team) {
        public Colleague {
            Validation.require(Validation.USERNAME, username, "username");
            Validation.require(Validation.SCOPE, team, "team");
            Objects.requireNonNull(displayName, "displayName");
            if (displayName.isBlank() || displayName.length() > 200) {
                throw new IllegalArgumentException("invalid displayName");
            }
        }
    }

    /** One scope the user may hold; {@code write} false means read only. */
    public record ScopeGrant(String scope, boolean write) {
        public ScopeGrant {
            Validation.require(Validation.SCOPE, scope, "scope");
        }
    }

    /** GET /session: who the token belongs to and which scopes it may pull now. */
    public record Session(String username, String displayName, String team, String teamName, String areaName,
            List<String> roles, List<ScopeGrant> scopes, List<Colleague> colleagues, int chunkSize, int maxOpsPerPush) {
        public Session {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(displayName, "displayName");
            roles = roles == null ? List.of() : List.copyOf(roles);
            scopes = List.copyOf(Objects.requireNonNull(scopes, "scopes"));
            colleagues = colleagues == null ? List.of() : List.copyOf(colleagues);
            if (colleagues.size() > MAX_COLLEAGUES) {
                throw new IllegalArgumentException("too many colleagues");
            }
            if (chunkSize <= 0 || chunkSize > 16 * 1024 * 1024) {
                throw new IllegalArgumentException("invalid chunkSize");
            }
            if (maxOpsPerPush <= 0 || maxOpsPerPush > 10_000) {
                throw new IllegalArgumentException("invalid maxOpsPerPush");
            }
        }
    }

    /** Answer to POST /push: one result per op, in the order sent. */
    public record Push(List<OpResult> results, long lastOpId) {
        public Push {
            results = List.copyOf(Objects.requireNonNull(results, "results"));
        }
    }

    /**
     * Answer to GET /pull: records changed after the cursor (current state, tombstones included), the
     * cursor to send next, and whether more pages are ready now.
     */
    public record Pull(String scope, List<RecordState> records, String cursor, boolean hasMore) {
        public Pull {
            Validation.require(Validation.SCOPE, scope, "scope");
            records = List.copyOf(Objects.requireNonNull(records, "records"));
            Validation.require(Validation.CURSOR, cursor, "cursor");
        }
    }

    /** Every error answer: a stable code, a message for the log, and details for some codes. */
    public record Error(String error, String message, Long expectedOpId) {
    }
}
