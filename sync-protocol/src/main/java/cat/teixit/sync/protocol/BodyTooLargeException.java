package cat.teixit.sync.protocol;

/**
 * A body went past its limit while being read ({@link Bodies}). Unchecked, and not an {@link java.io.IOException}:
 * a body too large is the sender's fault, not a network failure worth retrying. Immutable.
 */
public final class BodyTooLargeException extends RuntimeException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("body larger than " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit the body went past, in bytes. */
    public long limit() {
        return limit;
    }
}
