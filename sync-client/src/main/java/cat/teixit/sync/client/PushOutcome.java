package cat.teixit.sync.client;

import cat.teixit.sync.protocol.OpResult;
import java.util.Objects;

/** A pushed op and the server's (validated) answer to it. Immutable. */
public record PushOutcome(PendingOp op, OpResult result) {

    public PushOutcome {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(result, "result");
        if (op.opId() != result.opId()) {
            throw new IllegalArgumentException("result does not answer this op");
        }
    }
}
