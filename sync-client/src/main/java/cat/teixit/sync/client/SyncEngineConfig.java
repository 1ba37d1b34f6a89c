package cat.teixit.sync.client;

/**
 * Batch sizes of a sync: ops per push, records per pull page, pages per locally applied page set,
 * and the largest attachment a download accepts. Immutable.
 */
public record SyncEngineConfig(int pushBatchOps, int pullPageLimit, int maxPagesPerSet, long maxDownloadBytes) {

    public SyncEngineConfig {
        if (pushBatchOps < 1 || pullPageLimit < 1 || maxPagesPerSet < 1 || maxDownloadBytes < 1) {
            throw new IllegalArgumentException("sync batch sizes must be positive");
        }
    }

    public static SyncEngineConfig defaults() {
        return new SyncEngineConfig(500, 500, 20, 256L * 1024 * 1024);
    }
}
