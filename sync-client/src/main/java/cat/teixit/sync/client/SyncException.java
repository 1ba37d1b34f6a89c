package cat.teixit.sync.client;

/** A synchronisation step failed; nothing half-applied is left in the local store. Immutable. */
public class SyncException extends RuntimeException {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
