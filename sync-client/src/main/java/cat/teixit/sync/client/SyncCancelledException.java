package cat.teixit.sync.client;

/** The sync was cancelled; it resumes from where it stopped at the next run. Immutable. */
public class SyncCancelledException extends SyncException {

    public SyncCancelledException() {
        super("sync cancelled");
    }
}
