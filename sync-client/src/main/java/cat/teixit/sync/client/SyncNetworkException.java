package cat.teixit.sync.client;

/** The server could not be reached (or kept failing) after every retry; try again later. Immutable. */
public class SyncNetworkException extends SyncException {

    public SyncNetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
