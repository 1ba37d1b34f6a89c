package cat.teixit.sync.client;

/**
 * The server refuses logins of this user name for a while after too many failures (429 on login):
 * trying again at once would not help, the user must wait. Immutable.
 */
public class SyncLockedOutException extends SyncAuthException {

    public SyncLockedOutException(String message) {
        super(message);
    }
}
