package cat.teixit.sync.client;

import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import java.util.Objects;

/** A pushed op and the server's (validated) answer to it. Immutable. */
public record PushOutcome(PushOp op, OpResult result) {

    public PushOutcome {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(result, "result");
        if (op.opId() != result.opId()) {
            throw new IllegalArgumentException("result does not answer this op");
        }
    }
}
