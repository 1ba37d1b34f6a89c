package cat.teixit.model.common;

import java.io.Serial;

/** A save was refused because someone else changed the record since it was loaded (optimistic lock). */
public final class StaleRecordException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaleRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
