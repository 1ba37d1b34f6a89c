package cat.teixit.sync.client;

import cat.teixit.sync.protocol.PushOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The next push batch, built from the outbox's ops read in op id order: whole user transactions only, at most
 * {@code maxOps} ops, except that the first transaction goes whole even when it is longer (it could never
 * be sent otherwise). Every {@link SyncStore#pendingOps(int)} implementation uses it. Not thread-safe.
 */
public final class PushBatch {

    private final int maxOps;
    private final List<PushOp> ops = new ArrayList<>();
    private final List<PushOp> currentTx = new ArrayList<>();
    private boolean complete;

    public PushBatch(int maxOps) {
        this.maxOps = maxOps;
    }

    /** Offers the next pending op; false once the batch is complete (the caller stops reading). */
    public boolean offer(PushOp op) {
        if (complete) {
            return false;
        }
        if (!currentTx.isEmpty() && !currentTx.getFirst().txId().equals(op.txId())) {
            if (!ops.isEmpty() && ops.size() + currentTx.size() > maxOps) {
                return close();
            }
            ops.addAll(currentTx);
            currentTx.clear();
            if (ops.size() >= maxOps) {
                return close();
            }
        }
        currentTx.add(op);
        return true;
    }

    /** The batch: the transactions that fit, after the last op was offered (or the batch said it was complete). */
    public List<PushOp> ops() {
        if (!complete && !currentTx.isEmpty() && (ops.isEmpty() || ops.size() + currentTx.size() <= maxOps)) {
            ops.addAll(currentTx);
        }
        close();
        return List.copyOf(ops);
    }

    private boolean close() {
        complete = true;
        currentTx.clear();
        return false;
    }
}
