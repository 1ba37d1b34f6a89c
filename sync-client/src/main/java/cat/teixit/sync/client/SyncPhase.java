package cat.teixit.sync.client;

/** The steps of one sync, in order. Immutable. */
public enum SyncPhase {
    SESSION, PURGE, UPLOAD, PUSH, PULL, DONE
}
