package cat.teixit.sync.protocol;

import java.util.List;
import java.util.Objects;

/** Request bodies of the sync protocol. Immutable records. */
public final class Requests {

    private Requests() {
    }

    /**
     * The user name and password a request checks as at a login: a name of 1 to 64 characters, a password of
     * {@code minPassword} to 1024.
     */
    private static void requireCredentials(String username, String password, int minPassword) {
        if (username == null || username.isEmpty() || username.length() > 64) {
            throw new IllegalArgumentException("invalid username");
        }
        if (password == null || password.length() < minPassword || password.length() > 1024) {
            throw new IllegalArgumentException("invalid password");
        }
    }

    /**
     * POST /auth/login. {@code deviceKey} is the device's own secret, which binds its id (docs/decisions/0013);
     * null only from clients older than that rule (the server answers 426).
     */
    public record Login(String username, String password, String deviceId, String deviceKey) {
        public Login {
            requireCredentials(username, password, 0);
            Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
            if (deviceKey != null) {
                Validation.require(Validation.DEVICE_KEY, deviceKey, "deviceKey");
            }
        }

        @Override
        public String toString() {
            return "Login[username=" + username + ", deviceId=" + deviceId + "]";
        }
    }

    /** POST /escrow/release: the user's password, checked as at a login, and the device whose secret is asked for. */
    public record EscrowRelease(String username, String password, String deviceId) {
        public EscrowRelease {
            requireCredentials(username, password, 1);
            Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
        }

        @Override
        public String toString() {
            return "EscrowRelease[username=" + username + ", deviceId=" + deviceId + "]";
        }
    }

    /** POST /auth/refresh. */
    public record Refresh(String refreshToken) {
        public Refresh {
            if (refreshToken == null || refreshToken.length() > 200) {
                throw new IllegalArgumentException("invalid refresh token");
            }
        }

        @Override
        public String toString() {
            return "Refresh[]";
        }
    }

    /** POST /push. */
    public record Push(String deviceId, List<PushOp> ops) {
        public Push {
            Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
            ops = List.copyOf(Objects.requireNonNull(ops, "ops"));
        }
    }

    /** POST /blobs/{scope}/{sha256}/commit. */
    public record BlobCommit(long size) {
        public BlobCommit {
            if (size < 0 || size > Protocol.MAX_BLOB_BYTES) {
                throw new IllegalArgumentException("invalid blob size");
            }
        }
    }
}
