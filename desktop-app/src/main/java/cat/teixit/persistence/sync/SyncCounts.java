package cat.teixit.persistence.sync;

/**
 * What the sync state amounts to now: changes waiting, conflicts to resolve, refusals and purges not yet
 * dismissed, attachments that could not be sent, and when the last syncs ran (epoch ms, null if never). Immutable.
 */
public record SyncCounts(long pendingChanges, long openConflicts, long rejections, long purges, long failedUploads,
        Long lastAttemptAt, Long lastSuccessAt, String lastOutcome) {
}
