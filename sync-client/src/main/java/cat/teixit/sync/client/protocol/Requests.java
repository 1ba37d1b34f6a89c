package cat.teixit.sync.client.protocol;

import java.util.List;
import java.util.Objects;

/** Request bodies of the sync protocol. Immutable records. */
public final class Requests {

    private Requests() {
    }

    /** POST /auth/login. */
    public record Login(String username, String password, String deviceId) {
        public Login {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
        }

        @Override
        public String toString() {
            return "Login[username=" + username + ", deviceId=" + deviceId + "]";
        }
    }

    /** POST /auth/refresh. */
    public record Refresh(String refreshToken) {
        public Refresh {
            Objects.requireNonNull(refreshToken, "refreshToken");
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
