package cat.teixit.persistence.sync;

import java.util.UUID;

/**
 * A conflict as kept: the op's values ({@code mineJson}), the values it replaced here when known
 * ({@code baseJson}), the server's answer ({@code detailJson}, a protocol {@code Conflict}) and, once
 * resolved, who resolved it, when and how ({@code resolutionJson}). Immutable.
 */
public record StoredConflict(long id, long opId, String entityType, UUID entityId, String scope, String opKind,
        String conflictKind, String mineJson, String baseJson, String detailJson, long serverVersion, String theirsBy,
        Long theirsAt, long detectedAt, Status status, Long resolvedAt, String resolvedBy, String resolutionJson,
        Long resolutionOpId) {

    /** Where a conflict stands. */
    public enum Status {
        /** Waiting for the user. */
        OPEN,
        /** The user chose; kept as history. */
        RESOLVED,
        /** Its record left this workstation (scope revoked) before anyone resolved it. */
        OBSOLETE
    }
}
