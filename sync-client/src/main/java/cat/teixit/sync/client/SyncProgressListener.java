package cat.teixit.sync.client;

/** Receives progress from the sync thread; a UI must hand it over to its own thread. Implementations must be fast. */
@FunctionalInterface
public interface SyncProgressListener {

    SyncProgressListener NONE = p -> {
    };

    void onProgress(SyncProgress progress);
}
