package cat.teixit.sync.client;

/** The server no longer speaks this client's protocol or schema version: Teixit must be updated. Immutable. */
public class SyncUpgradeRequiredException extends SyncException {

    public SyncUpgradeRequiredException(String message) {
        super(message);
    }
}
