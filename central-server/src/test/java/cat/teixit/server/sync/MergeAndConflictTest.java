package cat.teixit.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.testing.TestServer.Replica;
import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.ConflictKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeAndConflictTest {

    private static TestServer server;
    private Replica laia;
    private Replica jordi;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void replicas(@TempDir Path dir) {
        laia = server.replica(dir, "laia", "dev-laia-" + UUID.randomUUID());
        jordi = server.replica(dir, "jordi", "dev-jordi-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        laia.close();
        jordi.close();
    }

    private UUID sharedRecord() {
        UUID id = laia.store.create("person", "GIR-N", Map.of("name", "Núria", "phone", "600", "notes", "x"));
        laia.sync();
        jordi.sync();
        assertThat(jordi.store.row(id)).isNotNull();
        return id;
    }

    @Test
    void concurrentChangesToDifferentFieldsMerge() {
        UUID id = sharedRecord();
        laia.store.patch(id, Map.of("phone", "611"));
        jordi.store.patch(id, Map.of("notes", "seen at home"));
        laia.sync();
        jordi.sync();
        laia.sync();

        assertThat(laia.store.openConflicts()).isEmpty();
        assertThat(jordi.store.openConflicts()).isEmpty();
        for (Replica r : new Replica[] {laia, jordi}) {
            SqliteSyncStore.Row row = r.store.row(id);
            assertThat(row.fields().get("phone").asText()).isEqualTo("611");
            assertThat(row.fields().get("notes").asText()).isEqualTo("seen at home");
            assertThat(row.serverVersion()).isEqualTo(3);
        }
    }

    @Test
    void sameFieldChangedOnBothSidesIsAConflictWithTheirValueAndAuthor() {
        UUID id = sharedRecord();
        laia.store.patch(id, Map.of("phone", "611"));
        jordi.store.patch(id, Map.of("phone", "622", "notes", "moved"));
        laia.sync();
        jordi.sync();

        var conflicts = jordi.store.openConflicts();
        assertThat(conflicts).hasSize(1);
        var c = conflicts.getFirst().conflict();
        assertThat(c.kind()).isEqualTo(ConflictKind.FIELDS);
        assertThat(c.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("phone");
            assertThat(f.mine().asText()).isEqualTo("622");
            assertThat(f.theirs().asText()).isEqualTo("611");
            assertThat(f.theirsBy()).isEqualTo("laia");
            assertThat(f.theirsVersion()).isEqualTo(2);
        });
        // The non-clashing field went through; the row shows the server's value until the user decides.
        SqliteSyncStore.Row row = jordi.store.row(id);
        assertThat(row.fields().get("notes").asText()).isEqualTo("moved");
        assertThat(row.fields().get("phone").asText()).isEqualTo("611");
        laia.sync();
        assertThat(laia.store.row(id).fields()).isEqualTo(row.fields());
    }

    @Test
    void theSameRecordMadeOnTwoDevicesOfflineMergesAsAPatchFromNothing() {
        // An id derived from what the record is about (an attendance mark per session and person).
        UUID id = UUID.nameUUIDFromBytes("teixit:group_attendance:session:person".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        laia.store.create(UUID.randomUUID(), id, "group_attendance", "GIR-N", Map.of("mark", "PRESENT", "note", "tard"));
        jordi.store.create(UUID.randomUUID(), id, "group_attendance", "GIR-N", Map.of("mark", "ABSENT"));
        laia.sync();
        jordi.sync();
        laia.sync();

        assertThat(laia.store.openConflicts()).isEmpty();
        var conflicts = jordi.store.openConflicts();
        assertThat(conflicts).singleElement().satisfies(x -> {
            assertThat(x.conflict().kind()).isEqualTo(ConflictKind.FIELDS);
            assertThat(x.conflict().fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("mark");
                assertThat(f.mine().asText()).isEqualTo("ABSENT");
                assertThat(f.theirs().asText()).isEqualTo("PRESENT");
            });
        });
        for (Replica r : new Replica[] {laia, jordi}) {
            assertThat(r.store.row(id).fields().get("mark").asText()).isEqualTo("PRESENT");
            assertThat(r.store.row(id).fields().get("note").asText()).isEqualTo("tard");
        }
    }

    @Test
    void sameValueOnBothSidesIsNoConflict() {
        UUID id = sharedRecord();
        laia.store.patch(id, Map.of("phone", "699"));
        jordi.store.patch(id, Map.of("phone", "699"));
        laia.sync();
        jordi.sync();
        assertThat(jordi.store.openConflicts()).isEmpty();
    }

    @Test
    void aDeviceNeverConflictsWithItsOwnEarlierChanges() {
        UUID id = sharedRecord();
        laia.store.patch(id, Map.of("phone", "1"));
        laia.store.patch(id, Map.of("phone", "2"));
        laia.sync();
        laia.store.patch(id, Map.of("phone", "3"));
        laia.sync();
        assertThat(laia.store.openConflicts()).isEmpty();
        assertThat(laia.store.row(id).fields().get("phone").asText()).isEqualTo("3");
    }

    @Test
    void editAgainstDeleteIsAConflictNotASilentDelete() {
        UUID id = sharedRecord();
        laia.store.delete(id);
        jordi.store.patch(id, Map.of("notes", "still here"));
        laia.sync();
        jordi.sync();

        var conflicts = jordi.store.openConflicts();
        assertThat(conflicts).singleElement()
                .satisfies(c -> assertThat(c.conflict().kind()).isEqualTo(ConflictKind.DELETED_ON_SERVER));
        assertThat(jordi.store.row(id).deletedAt()).isNotNull();

        // Keeping the edit restores the record for everyone.
        jordi.store.patch(id, Map.of("notes", "still here"));
        jordi.sync();
        laia.sync();
        assertThat(laia.store.row(id).deletedAt()).isNull();
        assertThat(laia.store.row(id).fields().get("notes").asText()).isEqualTo("still here");
    }

    @Test
    void deleteAgainstEditIsAConflictAndTheRecordStays() {
        UUID id = sharedRecord();
        laia.store.patch(id, Map.of("phone", "633"));
        jordi.store.delete(id);
        laia.sync();
        jordi.sync();

        assertThat(jordi.store.openConflicts()).singleElement()
                .satisfies(c -> assertThat(c.conflict().kind()).isEqualTo(ConflictKind.EDITED_ON_SERVER));
        assertThat(jordi.store.row(id).deletedAt()).isNull();
        assertThat(jordi.store.row(id).fields().get("phone").asText()).isEqualTo("633");

        // Deleting again, having seen the edit, goes through.
        jordi.store.delete(id);
        jordi.sync();
        laia.sync();
        assertThat(laia.store.row(id).deletedAt()).isNotNull();
    }

    @Test
    void pulledChangesNeverOverwriteUnpushedLocalFields() {
        UUID id = sharedRecord();
        jordi.store.patch(id, Map.of("notes", "typed offline"));
        laia.store.patch(id, Map.of("phone", "644", "notes", "laia's"));
        laia.sync();
        // Pull only: jordi's change is still in the outbox.
        var store = jordi.store;
        var cursor = store.cursor("GIR-N");
        var page = jordi.transport.pull("GIR-N", cursor, 100);
        store.applyPulled("GIR-N", page.records(), page.cursor());

        SqliteSyncStore.Row row = store.row(id);
        assertThat(row.fields().get("notes").asText()).isEqualTo("typed offline");
        assertThat(row.fields().get("phone").asText()).isEqualTo("644");
        assertThat(row.serverVersion()).isEqualTo(2);
        assertThat(store.pendingCount()).isEqualTo(1);

        // The pending op keeps its base version, so pushing it still reveals the clash on "notes".
        jordi.sync();
        assertThat(store.openConflicts()).singleElement().satisfies(c -> assertThat(c.conflict().fields())
                .extracting(f -> f.field()).containsExactly("notes"));
    }
}
