package cat.teixit.testing;

import cat.teixit.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.persistence.sync.LocalRow;
import cat.teixit.persistence.sync.SyncTables;
import cat.teixit.sync.protocol.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Compares workstations with the central server, record by record: version, tombstone and every field. */
public final class Mirror {

    private static final ObjectMapper JSON = Json.strictMapper();

    private Mirror() {
    }

    /** Every record of {@code scope} on the server, described; a workstation's rows of that scope, described alike. */
    public static Map<UUID, String> server(CentralServer server, String scope) throws Exception {
        Map<UUID, String> out = new TreeMap<>();
        try (Connection c = server.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, entity_type, version, fields::text, deleted_at IS NOT NULL FROM record WHERE scope = ?")) {
            ps.setString(1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), describe(rs.getString(2), rs.getLong(3),
                            JSON.readTree(rs.getString(4)), rs.getBoolean(5)));
                }
            }
        }
        return out;
    }

    public static Map<UUID, String> local(Station s, String scope) {
        DesktopSyncStore sync = s.w.syncStore();
        Map<UUID, String> out = new TreeMap<>();
        for (SyncTables.Table t : sync.tables().all()) {
            for (UUID id : Stores.of(s.w).read(tx -> tx.jdbc(c -> {
                java.util.List<UUID> ids = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM \"" + t.name() + "\" WHERE scope = ?")) {
                    ps.setString(1, scope);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(UUID.fromString(rs.getString(1)));
                        }
                    }
                }
                return ids;
            }))) {
                LocalRow r = sync.row(t.name(), id).orElseThrow();
                out.put(id, describe(t.name(), r.serverVersion() == null ? -1 : r.serverVersion(),
                        JSON.valueToTree(r.fields()), r.deleted()));
            }
        }
        return out;
    }

    /** Every workstation holds exactly the server's records of {@code scope}, field for field. */
    public static void assertEqualToServer(CentralServer server, String scope, Station... stations) throws Exception {
        Map<UUID, String> expected = server(server, scope);
        assertThat(expected).isNotEmpty();
        for (Station s : stations) {
            assertThat(local(s, scope)).as("workstation in %s", s.dir).isEqualTo(expected);
            assertThat(s.w.sync().status().pendingChanges()).isZero();
        }
    }

    private static String describe(String type, long version, JsonNode fields, boolean deleted) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        fields.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isIntegralNumber()) {
                v = LongNode.valueOf(v.longValue());
            }
            if (!v.isNull()) {
                sorted.put(e.getKey(), v);
            }
        });
        sorted.values().removeIf(v -> v == NullNode.getInstance());
        return type + " v" + version + (deleted ? " deleted " : " ") + sorted;
    }
}
