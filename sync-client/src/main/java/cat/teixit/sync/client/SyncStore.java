package cat.teixit.sync.client;

import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import java.util.List;
import java.util.Set;

/**
 * The port the workstation implements over its local store; {@link SyncEngine} is its only caller,
 * from one sync thread at a time. Every method that changes something does it in ONE local
 * transaction: either all of it is saved or none of it. Implementations must tolerate being called
 * again with the same input after a crash (every step is replayed as is). Implementations need not be
 * thread-safe towards the engine (one sync at a time) but must be towards the application's own writes.
 */
public interface SyncStore {

    /** This device's id, as written in its outbox entries and HLC values. */
    String deviceId();

    /**
     * Outbox entries waiting to be pushed, read straight into the ops the push sends (the changed fields as a
     * JSON object: all of them for an insert), in op-id order, whole user transactions only. Op ids grow by
     * one per entry with no gap, and an entry leaves the outbox only through
     * {@link #recordPushResults}: the server refuses a gap ({@code op_gap}). Stop before a
     * transaction that would make the list longer than {@code maxOps}, unless it is the first one (then
     * return it whole even if it is longer; the engine splits it). Empty when nothing waits.
     */
    default List<PushOp> pendingOps(int maxOps) {
        return pendingOps(0, maxOps);
    }

    /**
     * The same, from the first entry after op {@code afterOpId} (the end of a transaction): what the engine reads
     * while the requests of the entries before it are still on their way, their answers not yet recorded.
     */
    List<PushOp> pendingOps(long afterOpId, int maxOps);

    /**
     * Records the server's answers to pushed ops, in one transaction. For every outcome the op leaves
     * the outbox; by {@code result().effectiveStatus()}:
     * <ul>
     * <li>APPLIED: nothing else. Do not change the row's server version: only pulls do (a pull brings the
     * other fields that changed meanwhile).</li>
     * <li>REJECTED: keep the op and its reason where the user will see it; the local change the server
     * refused stays in the row until the user acts on it.</li>
     * <li>CONFLICT: keep a conflict record (the op's values, the server's values, who and when) for the
     * user to resolve; then, unless the conflict's server state has a lower version than the row's, set
     * the row to it (an equal version too: the row may still show the values of the op that conflicted),
     * except the fields (or delete) that other pending ops still change.</li>
     * </ul>
     * An outcome for an op no longer in the outbox (a replay) is ignored.
     */
    void recordPushResults(List<PushOutcome> outcomes);

    /**
     * Scopes of which the store holds synced records or a cursor. Any of them the session no longer
     * grants is purged, so local-only data (such as the demo area's teams) must not be counted here.
     */
    Set<String> knownScopes();

    /**
     * Scopes the session does not grant that are pulled all the same, because the user opened one of their case files
     * in an emergency (break the glass) and the opening has not expired: the server serves only that case file's
     * records. They are pulled and never purged as revoked; the store purges them itself at expiry.
     */
    default Set<String> borrowedScopes() {
        return Set.of();
    }

    /**
     * The pull of the scopes is about to begin. A store may prepare for many records here (the workstation's, when
     * it holds no record yet, defers the upkeep of its indexes to the end of the pull). Whatever it prepares is
     * undone by {@link #pullEnded()}, which the engine calls however the pull ends.
     */
    default void pullStarting() {
    }

    /** The pull ended, completely or not (a failure, a cancel): what {@link #pullStarting()} prepared is undone. */
    default void pullEnded() {
    }

    /** The pull cursor of {@code scope}, or null when it was never pulled. */
    String cursor(String scope);

    /**
     * Applies one complete, validated page set of {@code scope} and stores {@code cursor}, in one
     * transaction. For each record, by id, unless its version is lower than the row's (never move a row's
     * server version backwards): a row with no pending ops takes the server's state (fields, version,
     * HLC, tombstone); a row with pending ops keeps the fields and the delete (or undelete) those ops
     * change, and takes the other fields and the version. The pending ops keep the base version they
     * were recorded with, so the server still detects their conflicts. The workstation also moves its
     * hybrid logical clock past each record's {@code hlc}.
     */
    void applyPulled(String scope, List<RecordState> records, String cursor);

    /**
     * Removes every record of a scope the user no longer holds, and its cursor, in one transaction. The
     * pending ops to it stay in the outbox (see {@link PurgeReport}) and are returned for the user to see.
     */
    PurgeReport purgeScope(String scope);

    /** Attachments referenced by pending ops and not yet uploaded. */
    List<BlobUpload> pendingBlobUploads();

    /** The server holds {@code blob} now. */
    void blobUploaded(BlobUpload blob);

    /** {@code blob} cannot be uploaded (its file is missing or no longer matches its hash). */
    void blobUploadFailed(BlobUpload blob, String reason);
}
