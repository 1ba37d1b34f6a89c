package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.persistence.StoreTx;
import java.util.Map;
import java.util.UUID;

/**
 * The changes of one user action inside one write transaction: every insert, patch and delete gets
 * its outbox entry with a shared transaction id. Not thread-safe (one unit of work).
 */
final class ChangeSet {

    private final StoreTx tx;
    private final ChangeRecorder recorder;
    private final CurrentUser user;
    private final UUID txId;

    ChangeSet(StoreTx tx, ChangeRecorder recorder, CurrentUser user) {
        this.tx = tx;
        this.recorder = recorder;
        this.user = user;
        this.txId = recorder.newTransactionId();
    }

    StoreTx tx() {
        return tx;
    }

    <T extends SyncedEntity> T insert(T entity) {
        requireWritable(entity);
        recorder.recordInsert(tx, txId, entity);
        tx.cases().save(entity);
        return entity;
    }

    boolean patch(SyncedEntity entity, Map<String, Object> before) {
        requireWritable(entity);
        return recorder.recordPatch(tx, txId, entity, before);
    }

    void delete(SyncedEntity entity) {
        requireWritable(entity);
        recorder.recordDelete(tx, txId, entity);
    }

    /**
     * Every change passes here: records of a scope granted read only (another team's, shown to a team
     * lead, say) are refused, and the whole action with them (the transaction rolls back).
     */
    private void requireWritable(SyncedEntity entity) {
        if (!user.mayWrite(entity.getScope())) {
            throw new AccessDeniedException(Permission.EDIT_CASE_FILES);
        }
    }
}
