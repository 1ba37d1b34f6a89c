package cat.teixit.persistence;

import java.io.Serial;

/** The local store failed while running a unit of work; the transaction was rolled back. */
public final class StoreFailureException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StoreFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
