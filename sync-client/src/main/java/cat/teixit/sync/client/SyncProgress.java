package cat.teixit.sync.client;

/**
 * What a sync is doing: the phase, how much is done of how much ({@code total} -1 when unknown) and a
 * short technical detail (a scope, an op range; never personal data). Immutable.
 */
public record SyncProgress(SyncPhase phase, long done, long total, String detail) {
}
