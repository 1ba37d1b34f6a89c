package cat.teixit.sync.client;

/**
 * The server answered a request with an error that retrying does not cure: its HTTP status, its
 * stable error code (one of {@link cat.teixit.sync.protocol.ErrorCode}'s, or {@code http_<status>} when the
 * answer named none) and, for {@code op_gap}, the op id it expects. Immutable.
 */
public class SyncServerException extends SyncException {

    private final int status;
    private final String code;
    private final Long expectedOpId;

    public SyncServerException(int status, String code, String message, Long expectedOpId) {
        super("server answered " + status + " " + code + (message == null ? "" : ": " + message));
        this.status = status;
        this.code = code;
        this.expectedOpId = expectedOpId;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Long expectedOpId() {
        return expectedOpId;
    }
}
