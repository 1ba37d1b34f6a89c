package cat.teixit.sync.protocol;

import java.util.Locale;

/**
 * The error answers of the protocol: each stable code (in the body's {@code error}, the constant's name in
 * lower case) with the HTTP status it comes with (docs/sync-protocol.md §2). Immutable.
 */
public enum ErrorCode {
    BAD_REQUEST(400),
    OPS_NOT_CONTIGUOUS(400),
    BAD_CURSOR(400),
    BAD_CHUNK_SIZE(400),
    CHUNK_HASH_MISMATCH(400),
    /** The request body does not fit its {@code Content-Digest}: altered in transit, worth sending again. */
    DIGEST_MISMATCH(400),
    UNAUTHENTICATED(401),
    BAD_CREDENTIALS(401),
    BAD_REFRESH_TOKEN(401),
    /** A break-the-glass opening without a written reason of at least {@code EmergencyWire.MIN_REASON} characters. */
    REASON_REQUIRED(400),
    FORBIDDEN(403),
    DEVICE_MISMATCH(403),
    /** The device id was registered with another device key: someone else's device (docs/decisions/0013). */
    DEVICE_KEY_MISMATCH(403),
    /**
     * An administrator revoked this device: no session for it any more, and the workstation purges its local
     * data (remote wipe, docs/decisions/0024).
     */
    DEVICE_REVOKED(403),
    NOT_FOUND(404),
    OP_GAP(409),
    /** A break-the-glass opening of a case file the user already holds: it needs no emergency access. */
    IN_SCOPE(409),
    OP_ID_REUSED(409),
    /** A break-the-glass request id sent again with another case file or reason (docs/sync-protocol.md §11). */
    REQUEST_ID_REUSED(409),
    CHUNKS_MISSING(409),
    BLOB_SIZE_MISMATCH(409),
    TOO_LARGE(413),
    TOO_MANY_OPS(413),
    BLOB_TOO_LARGE(413),
    HASH_MISMATCH(422),
    UPGRADE_REQUIRED(426),
    TOO_MANY_ATTEMPTS(429),
    INTERNAL(500),
    /** The server cannot write the audit row of the request, so it does not serve it; worth trying later. */
    AUDIT_UNAVAILABLE(503),
    /** Too many logins are being checked at once; worth trying again shortly. */
    BUSY(503);

    private final int status;
    private final String code;

    ErrorCode(int status) {
        this.status = status;
        this.code = name().toLowerCase(Locale.ROOT);
    }

    /** The HTTP status of this answer. */
    public int status() {
        return status;
    }

    /** The code as it travels, e.g. {@code op_gap}. */
    public String code() {
        return code;
    }
}
