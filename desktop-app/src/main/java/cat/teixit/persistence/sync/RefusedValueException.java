package cat.teixit.persistence.sync;

/** The store refused a value for a row (wrong type, a constraint of the schema). Immutable. */
public final class RefusedValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
