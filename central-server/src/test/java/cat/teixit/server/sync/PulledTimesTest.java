package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.PushOp;
import cat.teixit.sync.protocol.RecordState;
import cat.teixit.sync.protocol.Requests;
import cat.teixit.sync.protocol.Responses;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A pulled record's times are the server's, in epoch milliseconds (the page query renders them itself). */
class PulledTimesTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void aPulledRecordCarriesItsUpdateAndDeletionTimesInEpochMilliseconds() throws Exception {
        HttpSyncTransport t = server.transport("laia", "dev-times");
        UUID kept = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        ObjectNode fields = Json.strictMapper().createObjectNode().put("text", "Núria Pagès");
        t.push(new Requests.Push("dev-times", List.of(
                new PushOp(1, UUID.randomUUID(), "note", kept, ChangeKind.INSERT, fields, null,
                        "0000000000001-0000-dev-times", "GIR-N"),
                new PushOp(2, UUID.randomUUID(), "note", deleted, ChangeKind.INSERT, fields, null,
                        "0000000000002-0000-dev-times", "GIR-N"),
                new PushOp(3, UUID.randomUUID(), "note", deleted, ChangeKind.DELETE, Json.strictMapper().createObjectNode(),
                        1L, "0000000000003-0000-dev-times", "GIR-N"))));
        Map<UUID, RecordState> pulled = new HashMap<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            Responses.Pull page = t.pull("GIR-N", cursor, 500);
            page.records().forEach(r -> pulled.put(r.id(), r));
            cursor = page.cursor();
            more = page.hasMore();
        }
        t.close();

        for (UUID id : List.of(kept, deleted)) {
            try (Connection c = server.db().connection(); PreparedStatement ps = c.prepareStatement(
                    "SELECT updated_at, deleted_at FROM record WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    OffsetDateTime deletedAt = rs.getObject(2, OffsetDateTime.class);
                    assertThat(pulled.get(id).updatedAt())
                            .isEqualTo(rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli());
                    assertThat(pulled.get(id).deletedAt())
                            .isEqualTo(deletedAt == null ? null : deletedAt.toInstant().toEpochMilli());
                }
            }
        }
        assertThat(pulled.get(kept).deletedAt()).as("the kept one is live").isNull();
        assertThat(pulled.get(deleted).deletedAt()).as("the deleted one's tombstone").isNotNull();
    }
}
