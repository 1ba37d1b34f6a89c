package cat.teixit.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.teixit.server.testing.TestDatabase;
import cat.teixit.sync.protocol.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V6 turns each record's per-field history (field_meta: every field's whole last change) into the
 * compact field_changes, losing nothing: every field, the tombstone included, reads back as the same change, a
 * record loaded without history stays without, and fields of one version that disagreed keep their own change.
 */
class FieldChangesMigrationTest {

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final String DEVICE = "0190aaaa-0000-7000-8000-000000000001";

    @Test
    void everyFieldKeepsItsLastChange() throws Exception {
        String url = TestDatabase.jdbcUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("4").load().migrate();
        Map<UUID, String> before = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO team (code, name, area_name) VALUES ('GIR-N', 'Girona Nord', 'Girona')");
            s.execute("INSERT INTO app_user (username, display_name, password_hash, roles, team_code) "
                    + "VALUES ('laia', 'Laia', 'x', 'SOCIAL_WORKER', 'GIR-N')");
            // Created at version 1 (two fields), phone changed at 3 by another device, deleted at 4.
            before.put(insert(c, """
                    {"given_name": %s, "phone": %s, "~deleted": %s}""".formatted(
                    change(1, DEVICE, "laia", 1000, "0000000000001-0000-" + DEVICE),
                    change(3, "d-2", "jordi", 3000, "0000000000003-0000-d-2"),
                    change(4, DEVICE, "laia", 4000, "0000000000004-0000-" + DEVICE))), null);
            // Loaded in bulk: no history.
            before.put(insert(c, "{}"), null);
            // Two fields of one version that disagree (not written by this server, but kept whole).
            before.put(insert(c, """
                    {"a": %s, "b": %s, "c": %s}""".formatted(
                    change(2, DEVICE, "laia", 2000, "0000000000002-0000-" + DEVICE),
                    change(2, "d-3", "montse", 2001, "0000000000002-0001-d-3"),
                    change(2, DEVICE, "laia", 2000, "0000000000002-0000-" + DEVICE))), null);
            try (ResultSet rs = s.executeQuery("SELECT id, field_meta::text FROM record")) {
                while (rs.next()) {
                    before.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
        }
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, field_changes::text FROM record")) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                JsonNode old = JSON.readTree(before.get(rs.getObject(1, UUID.class)));
                JsonNode stored = JSON.readTree(rs.getString(2));
                FieldMeta meta = FieldMeta.read(stored);
                assertEquals(old.size(), meta.all().size(), "fields with a history");
                for (Iterator<Map.Entry<String, JsonNode>> it = old.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode m = e.getValue();
                    assertEquals(new FieldMeta.Change(m.get("v").asLong(), m.get("d").asText(), m.get("u").asText(),
                            m.get("t").asLong(), m.get("h").asText()), meta.get(e.getKey()), e.getKey());
                }
                // Written back by the server, the history reads the same again.
                FieldMeta again = FieldMeta.read(meta.write(JSON));
                for (String field : iterable(old.fieldNames())) {
                    assertEquals(meta.get(field), again.get(field), field);
                }
                if (old.has("given_name")) {
                    assertEquals(3, stored.get("c").size(), "each version's change once: " + stored);
                    assertTrue(stored.get("f").get("given_name").isIntegralNumber(), stored.toString());
                }
                if (old.has("b")) {
                    assertEquals(1, stored.get("c").size(), stored.toString());
                    assertTrue(stored.get("f").get("b").isObject(), "the disagreeing field keeps its own: " + stored);
                    assertTrue(stored.get("f").get("c").isIntegralNumber(), stored.toString());
                }
            }
            assertEquals(3, rows);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT count(*) FROM information_schema.columns WHERE table_name = 'record'
                        AND column_name = 'field_meta'""")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "the old column is gone, so an older server fails instead of misreading");
        }
    }

    private static UUID insert(Connection c, String fieldMeta) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO record (id, entity_type, scope, version, fields, field_meta, hlc, created_by, updated_by,
                    updated_at) VALUES (?, 'person', 'GIR-N', 4, '{"given_name": "Núria"}', ?::jsonb,
                    '0000000000004-0000-d', 1, 1, now())""")) {
            ps.setObject(1, id);
            ps.setString(2, fieldMeta);
            ps.executeUpdate();
        }
        return id;
    }

    private static String change(long v, String device, String user, long time, String hlc) {
        return """
                {"v": %d, "d": "%s", "u": "%s", "t": %d, "h": "%s"}""".formatted(v, device, user, time, hlc);
    }

    private static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }
}
