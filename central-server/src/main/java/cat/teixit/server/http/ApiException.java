package cat.teixit.server.http;

/** An error answer: HTTP status, stable error code (docs/sync-protocol.md) and a message for the log. Immutable. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Long expectedOpId;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public ApiException(int status, String code, String message, Long expectedOpId) {
        super(message);
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

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }
}
