package cat.teixit.sync.protocol;

import java.util.Objects;

/**
 * The server's answer to one pushed operation. For {@link OpStatus#DUPLICATE}, {@code original} is
 * the status of the first answer and {@code reason}/{@code conflict} repeat it, so a client that lost
 * the first answer still learns it. Immutable.
 */
public record OpResult(long opId, OpStatus status, OpStatus original, Long version, String reason,
        Conflict conflict) {

    public OpResult {
        Objects.requireNonNull(status, "status");
        if (status == OpStatus.DUPLICATE && (original == null || original == OpStatus.DUPLICATE)) {
            throw new IllegalArgumentException("a duplicate names its original status");
        }
        if (effective(status, original) == OpStatus.CONFLICT && conflict == null) {
            throw new IllegalArgumentException("a conflict carries its details");
        }
        if (effective(status, original) == OpStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection carries its reason");
        }
        if (reason != null && reason.length() > 200) {
            throw new IllegalArgumentException("reason too long");
        }
    }

    /** What the client must act on: the first answer's status for a duplicate. */
    public OpStatus effectiveStatus() {
        return effective(status, original);
    }

    private static OpStatus effective(OpStatus status, OpStatus original) {
        return status == OpStatus.DUPLICATE ? original : status;
    }

    public static OpResult applied(long opId, long version) {
        return new OpResult(opId, OpStatus.APPLIED, null, version, null, null);
    }

    public static OpResult rejected(long opId, String reason) {
        return new OpResult(opId, OpStatus.REJECTED, null, null, reason, null);
    }

    public static OpResult conflict(long opId, long version, Conflict conflict) {
        return new OpResult(opId, OpStatus.CONFLICT, null, version, null, conflict);
    }

    /** This answer, replayed for a repeated op. */
    public OpResult asDuplicate() {
        return new OpResult(opId, OpStatus.DUPLICATE, effectiveStatus(), version, reason, conflict);
    }
}
