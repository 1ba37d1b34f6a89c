package cat.teixit.sync.client;

/** The server refused the credentials, or a token could not be renewed: the user must log in again. Immutable. */
public class SyncAuthException extends SyncException {

    public SyncAuthException(String message) {
        super(message);
    }
}
