package cat.teixit.sync.client;

/**
 * The server's answer was not what the protocol allows: truncated, malformed, of the wrong type, too
 * large, or inconsistent with the request. The answer was not applied. Immutable.
 */
public class SyncProtocolException extends SyncException {

    public SyncProtocolException(String message) {
        super(message);
    }

    public SyncProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
