package cat.teixit.sync.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Conflict;
import cat.teixit.sync.protocol.ConflictKind;
import cat.teixit.sync.protocol.FieldConflict;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.OpResult;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The oracle itself, on hand-made histories: what it expects, and the server answers it refuses. */
class SyncModelTest {

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000001");

    private final SyncModel model = new SyncModel();

    private static PushOp op(long opId, ChangeKind kind, Map<String, ?> fields, Long base, String device) {
        return new PushOp(opId, UUID.randomUUID(), "person", ID, kind, JSON.valueToTree(fields), base,
                "0192f3a1b2c3d-0000-" + device, "GIR-N");
    }

    private static RecordState server(long version) {
        return new RecordState("person", ID, "GIR-N", version, JSON.createObjectNode(), null, "0192f3a1b2c3d-0000-x",
                "jordi", 1L);
    }

    private void push(String device, PushOp op, OpResult answer) {
        model.pushed(device, List.of(op), List.of(answer));
    }

    /** Laia creates the record; Jordi changes the phone; Montse, from version 1, the phone and then the notes. */
    private void concurrentEdits(OpResult montsesPhone) {
        push("a", op(1, ChangeKind.INSERT, Map.of("name", "Núria"), null, "a"), OpResult.applied(1, 1));
        push("b", op(1, ChangeKind.PATCH, Map.of("phone", "611"), 1L, "b"), OpResult.applied(1, 2));
        push("c", op(1, ChangeKind.PATCH, Map.of("phone", "622"), 1L, "c"), montsesPhone);
        push("c", op(2, ChangeKind.PATCH, Map.of("notes", "visit"), 1L, "c"), OpResult.applied(2, 3));
    }

    @Test
    void differentFieldsMergeAndTheSameFieldChangedOnBothSidesIsAConflict() {
        concurrentEdits(OpResult.conflict(1, 2, new Conflict(ConflictKind.FIELDS, List.of(new FieldConflict("phone",
                TextNode.valueOf("622"), TextNode.valueOf("611"), 2, "jordi", 1L, "0192f3a1b2c3d-0000-b")), server(2))));
        model.intended("c", ID, ChangeKind.PATCH, Map.of("notes", "visit"));

        SyncModel.Expected end = model.expected().get(ID);
        assertThat(end.describe()).isEqualTo("v3 {name=\"Núria\", notes=\"visit\", phone=\"611\"}");
        assertThat(model.conflicts("c")).containsExactly(1L);
        assertThat(model.conflicts("b")).isEmpty();
    }

    @Test
    void anAnswerTheRulesDoNotGiveIsRefused() {
        // The server took Montse's phone over Jordi's: a silent last-writer-wins.
        concurrentEdits(OpResult.applied(1, 3));
        assertThatThrownBy(model::expected).isInstanceOf(AssertionError.class).hasMessageContaining(ID.toString());
    }

    @Test
    void twoOpsThatBothMadeOneVersionAreALostUpdate() {
        push("a", op(1, ChangeKind.INSERT, Map.of("name", "Núria"), null, "a"), OpResult.applied(1, 1));
        push("b", op(1, ChangeKind.PATCH, Map.of("phone", "611"), 1L, "b"), OpResult.applied(1, 2));
        push("c", op(1, ChangeKind.PATCH, Map.of("notes", "visit"), 1L, "c"), OpResult.applied(1, 2));
        assertThatThrownBy(model::expected).hasMessageContaining("no order of its ops explains the answers");
    }

    @Test
    void anEditAgainstADeleteIsAConflictAndTheRecordStaysDeleted() {
        push("a", op(1, ChangeKind.INSERT, Map.of("name", "Núria"), null, "a"), OpResult.applied(1, 1));
        push("b", op(1, ChangeKind.DELETE, Map.of(), 1L, "b"), OpResult.applied(1, 2));
        push("c", op(1, ChangeKind.PATCH, Map.of("phone", "622"), 1L, "c"),
                OpResult.conflict(1, 2, new Conflict(ConflictKind.DELETED_ON_SERVER, List.of(), server(2))));
        assertThat(model.expected().get(ID).describe()).isEqualTo("v2 deleted {name=\"Núria\"}");
        assertThat(model.conflicts("c")).containsExactly(1L);
    }

    @Test
    void aChangeMadeOnADeviceThatNeverReachedTheServerIsReported() {
        push("a", op(1, ChangeKind.INSERT, Map.of("name", "Núria"), null, "a"), OpResult.applied(1, 1));
        model.intended("a", ID, ChangeKind.INSERT, Map.of("name", "Núria"));
        model.intended("a", ID, ChangeKind.PATCH, Map.of("phone", "600"));
        assertThatThrownBy(model::expected).hasMessageContaining("never reached the server");
    }

    @Test
    void anOpAnsweredTwiceWithDifferentAnswersIsReported() {
        PushOp insert = op(1, ChangeKind.INSERT, Map.of("name", "Núria"), null, "a");
        push("a", insert, OpResult.applied(1, 1));
        push("a", insert, OpResult.rejected(1, "already_exists").asDuplicate());
        assertThatThrownBy(model::expected).hasMessageContaining("answered APPLIED v1 then REJECTED");
    }
}
