package cat.teixit.sync.client;

/**
 * The server answered {@code device_revoked}: an administrator withdrew this workstation (lost or stolen). No
 * session will be granted to it again, and its local data must be purged (remote wipe). Immutable.
 */
public class SyncDeviceRevokedException extends SyncAuthException {

    public SyncDeviceRevokedException(String message) {
        super(message);
    }
}
