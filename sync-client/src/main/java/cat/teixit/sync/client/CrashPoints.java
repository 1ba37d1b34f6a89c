package cat.teixit.sync.client;

import java.util.List;

/**
 * Labelled steps of a sync where a test may kill the client (or throw) to prove that a sync resumes
 * with no loss and no duplicate. Production uses {@link #NONE}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CrashPoints {

    /** Does nothing: production. */
    CrashPoints NONE = label -> {
    };

    /** Every label {@link SyncEngine} reaches, in the order of a sync. */
    List<String> LABELS = List.of(
            "session.afterFetch",
            "purge.beforeScope", "purge.afterScope",
            "blob.beforeStatus", "blob.afterStatus", "blob.beforeChunk", "blob.afterChunk", "blob.beforeCommit",
            "blob.afterCommit", "blob.afterRecord",
            "push.beforeSend", "push.afterSendBeforeAck", "push.afterAck",
            "pull.beforeFetch", "pull.afterPage", "pull.beforeApply", "pull.afterApply",
            "download.afterFetch", "download.afterVerify",
            "sync.done");

    /** Called when the engine reaches {@code label}. */
    void reached(String label);
}
