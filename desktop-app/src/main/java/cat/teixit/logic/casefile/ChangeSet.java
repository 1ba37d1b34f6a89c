package cat.teixit.logic.casefile;

import cat.teixit.logic.sync.ChangeRecorder;
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
    private final UUID txId;

    ChangeSet(StoreTx tx, ChangeRecorder recorder) {
        this.tx = tx;
        this.recorder = recorder;
        this.txId = recorder.newTransactionId();
    }

    StoreTx tx() {
        return tx;
    }

    <T extends SyncedEntity> T insert(T entity) {
        recorder.recordInsert(tx, txId, entity);
        tx.cases().save(entity);
        return entity;
    }

    boolean patch(SyncedEntity entity, Map<String, Object> before) {
        return recorder.recordPatch(tx, txId, entity, before);
    }

    void delete(SyncedEntity entity) {
        recorder.recordDelete(tx, txId, entity);
    }
}
