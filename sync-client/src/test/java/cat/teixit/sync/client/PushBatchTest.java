package cat.teixit.sync.client;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.PushOp;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A push batch holds whole user transactions only, within the limit, except a first one that is longer. */
class PushBatchTest {

    private static final List<UUID> TX = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    /** Ops 1.. with the transaction index of each. */
    private static List<Long> batch(int maxOps, int... txOfOp) {
        PushBatch b = new PushBatch(maxOps);
        for (int i = 0; i < txOfOp.length; i++) {
            PushOp op = new PushOp(i + 1, TX.get(txOfOp[i]), "person", UUID.randomUUID(), ChangeKind.PATCH,
                    JsonNodeFactory.instance.objectNode(), 1L, "0000000000001-0000-dev-1", "GIR-N");
            if (!b.offer(op)) {
                break;
            }
        }
        return b.ops().stream().map(PushOp::opId).toList();
    }

    @Test
    void wholeTransactionsThatFitGoTogether() {
        assertThat(batch(5, 0, 0, 1, 1, 2)).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(batch(4, 0, 0, 1, 1, 2)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aTransactionIsNeverSplitAcrossBatches() {
        assertThat(batch(3, 0, 0, 1, 1, 2)).containsExactly(1L, 2L);
        assertThat(batch(2, 0, 1, 1, 1)).containsExactly(1L);
    }

    @Test
    void aFirstTransactionLongerThanTheLimitGoesWhole() {
        assertThat(batch(2, 0, 0, 0, 1)).containsExactly(1L, 2L, 3L);
        assertThat(batch(2, 0, 0, 0)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void nothingPendingIsAnEmptyBatch() {
        assertThat(batch(5)).isEmpty();
    }
}
