package cat.teixit.sync.protocol;

import java.util.regex.Pattern;

/**
 * One entry of a device's audit trail (docs/decisions/0026-audit-trail.md): who ({@code userId}, the account's id,
 * and {@code userName}, the login name, or for a failed login only a SHA-256 of the name tried), when ({@code at},
 * epoch ms), what ({@code action}, {@code entityType}, {@code entityId}, {@code caseFileId}, a {@code detail} that
 * never holds personal data) and from which device ({@code deviceId}), numbered {@code seq} 1, 2, 3... without
 * gaps per device, and chained: {@code prevHash} is the previous entry's {@code hash} (64 zeros for the first),
 * {@code hash} the SHA-256 of {@link AuditChain#canonical}. The same record on the workstation and on the wire.
 * Immutable.
 */
public record AuditEntry(String deviceId, long seq, long at, String userId, String userName, String action,
        String entityType, String entityId, String caseFileId, String detail, String prevHash, String hash) {

    /** An action name: upper case, as {@code VIEW}, {@code PRINT}, {@code LOGIN_FAILED}. */
    public static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN = Pattern.compile("[0-9A-Za-z:._@-]{1,100}");

    public AuditEntry {
        Validation.require(Validation.DEVICE_ID, deviceId, "deviceId");
        if (seq < 1) {
            throw new IllegalArgumentException("invalid seq");
        }
        if (at < 0) {
            throw new IllegalArgumentException("invalid at");
        }
        Validation.require(ACTION, action, "action");
        optional(userId, "userId");
        if (userName != null && (userName.isEmpty() || userName.length() > 100 || userName.chars().anyMatch(
                Character::isISOControl))) {
            throw new IllegalArgumentException("invalid userName");
        }
        optional(entityType, "entityType");
        optional(entityId, "entityId");
        optional(caseFileId, "caseFileId");
        if (detail != null && (detail.length() > 200 || detail.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("invalid detail");
        }
        Validation.require(HEX64, prevHash, "prevHash");
        Validation.require(HEX64, hash, "hash");
    }

    private static void optional(String value, String name) {
        if (value != null) {
            Validation.require(TOKEN, value, name);
        }
    }

    /** Whether {@link #hash} is the hash of this entry's content and {@link #prevHash}. */
    public boolean hashHolds() {
        return AuditChain.hashOf(this).equals(hash);
    }
}
