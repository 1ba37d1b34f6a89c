package cat.teixit.server.error;

import cat.teixit.sync.protocol.ErrorCode;
import java.util.Objects;

/**
 * Ends a request with an error answer: its code (which names the HTTP status), a message for the log and,
 * for {@code op_gap}, the op id the server expects. Immutable.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Long expectedOpId;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ApiException(ErrorCode code, String message, Long expectedOpId) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.expectedOpId = expectedOpId;
    }

    public ErrorCode code() {
        return code;
    }

    public Long expectedOpId() {
        return expectedOpId;
    }
}
