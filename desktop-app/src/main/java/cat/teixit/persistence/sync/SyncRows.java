package cat.teixit.persistence.sync;

import cat.teixit.sync.protocol.RecordState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes synced rows of the typed tables with plain SQL on one transaction's connection.
 * Every change to what a row shows (a data column or its tombstone) bumps its {@code row_version}, so a
 * window still holding the old copy is refused as stale when it saves. Not thread-safe (one transaction).
 */
final class SyncRows {

    private final Connection c;
    private final Map<String, PreparedStatement> upserts = new HashMap<>();

    SyncRows(Connection c) {
        this.c = c;
    }

    Connection connection() {
        return c;
    }

    LocalRow read(SyncTables.Table t, UUID id) throws SQLException {
        String cols = t.columns().stream().map(col -> quote(col.name())).collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("SELECT scope, server_version, updated_at, deleted_at, row_version"
                + (cols.isEmpty() ? "" : ", " + cols) + " FROM " + quote(t.name()) + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    fields.put(t.columns().get(i).name(), SqlValues.read(rs, 6 + i));
                }
                return new LocalRow(t.name(), id, rs.getString(1), SqlValues.nullableLong(rs, 2), rs.getString(3),
                        SqlValues.nullableLong(rs, 4), rs.getLong(5), fields);
            }
        }
    }

    boolean exists(String table, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + quote(table) + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Writes the server's state of a row with no pending local change: inserted, or updated unless the
     * row holds a newer version. A field the record lacks takes the column's default.
     *
     * @throws SQLException when the row is refused (constraint, type): the caller parks the record
     */
    void upsertServerState(SyncTables.Table t, RecordState r) throws SQLException {
        PreparedStatement ps = upserts.get(t.name());
        if (ps == null) {
            ps = c.prepareStatement(upsertSql(t));
            upserts.put(t.name(), ps);
        }
        bindServerState(ps, t, r);
        ps.executeUpdate();
    }

    /**
     * Binds a record's server state to a statement whose parameters are id, scope, server_version, updated_at,
     * deleted_at, then the table's data columns in schema order.
     */
    static void bindServerState(PreparedStatement ps, SyncTables.Table t, RecordState r) throws SQLException {
        ps.setString(1, r.id().toString());
        ps.setString(2, r.scope());
        ps.setLong(3, r.version());
        ps.setString(4, r.hlc());
        SqlValues.bindLong(ps, 5, r.deletedAt());
        for (int i = 0; i < t.columns().size(); i++) {
            SqlValues.bind(ps, 6 + i, valueOf(r, t.columns().get(i)));
        }
    }

    /** The record's value of a column; the column's default when the record lacks the field. */
    private static JsonNode valueOf(RecordState r, SyncTables.Column col) {
        JsonNode v = r.fields().get(col.name());
        return v == null ? col.absent() : v;
    }

    private static String upsertSql(SyncTables.Table t) {
        StringBuilder cols = new StringBuilder("id, scope, server_version, updated_at, deleted_at");
        StringBuilder params = new StringBuilder("?, ?, ?, ?, ?");
        StringBuilder sets = new StringBuilder(
                "server_version = excluded.server_version, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at");
        StringBuilder changed = new StringBuilder("t.deleted_at IS NOT excluded.deleted_at");
        for (SyncTables.Column col : t.columns()) {
            String q = quote(col.name());
            cols.append(", ").append(q);
            params.append(", ?");
            sets.append(", ").append(q).append(" = excluded.").append(q);
            changed.append(" OR t.").append(q).append(" IS NOT excluded.").append(q);
        }
        return "INSERT INTO " + quote(t.name()) + " AS t (" + cols + ") VALUES (" + params + ") ON CONFLICT (id) DO UPDATE SET "
                + sets + ", row_version = t.row_version + (" + changed + ")"
                + " WHERE t.server_version IS NULL OR excluded.server_version >= t.server_version";
    }

    /**
     * Takes a server state into a row that has pending local changes: the fields those changes set (and
     * the local tombstone or its absence) stay; the other fields and the version come from the server.
     *
     * @return whether the row changed
     */
    boolean mergeServerState(SyncTables.Table t, LocalRow local, RecordState r, Set<String> pendingFields)
            throws SQLException {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        boolean changed = false;
        for (SyncTables.Column col : t.columns()) {
            JsonNode now = local.field(col.name());
            JsonNode next = pendingFields.contains(col.name()) ? now : SqlValues.normalise(valueOf(r, col));
            values.put(col.name(), next);
            changed |= !now.equals(next);
        }
        String hlc = local.updatedAt() != null && local.updatedAt().compareTo(r.hlc()) > 0 ? local.updatedAt() : r.hlc();
        write(t, local.id(), values, r.version(), hlc, TombstoneChange.KEEP, null, changed);
        return changed;
    }

    /**
     * A change made here (a conflict resolved): new values for some fields and the tombstone, stamped
     * with {@code hlc}. The server version stays (the outbox entry carries it as its base).
     */
    void writeLocal(SyncTables.Table t, LocalRow local, Map<String, JsonNode> fields, String hlc, TombstoneChange tombstone,
            Long deletedAt) throws SQLException {
        Map<String, JsonNode> values = new LinkedHashMap<>(local.fields());
        values.putAll(fields);
        write(t, local.id(), values, local.serverVersion(), hlc, tombstone, deletedAt, true);
    }

    private void write(SyncTables.Table t, UUID id, Map<String, JsonNode> values, Long version, String hlc,
            TombstoneChange tombstone, Long deletedAt, boolean bump) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ").append(quote(t.name()))
                .append(" SET server_version = ?, updated_at = ?, row_version = row_version + ?");
        if (tombstone != TombstoneChange.KEEP) {
            sql.append(", deleted_at = ?");
        }
        for (String col : values.keySet()) {
            sql.append(", ").append(quote(col)).append(" = ?");
        }
        sql.append(" WHERE id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            SqlValues.bindLong(ps, i++, version);
            ps.setString(i++, hlc);
            ps.setInt(i++, bump ? 1 : 0);
            if (tombstone != TombstoneChange.KEEP) {
                SqlValues.bindLong(ps, i++, tombstone == TombstoneChange.SET ? deletedAt : null);
            }
            for (JsonNode v : values.values()) {
                SqlValues.bind(ps, i++, v == null ? NullNode.getInstance() : v);
            }
            ps.setString(i, id.toString());
            ps.executeUpdate();
        }
    }

    /** Removes every row of {@code scope} from {@code t}; returns how many went. */
    int deleteScope(SyncTables.Table t, String scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + quote(t.name()) + " WHERE scope = ?")) {
            ps.setString(1, scope);
            return ps.executeUpdate();
        }
    }

    /** Table names and column names come from the schema, never from input; quoted all the same. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    void close() throws SQLException {
        for (PreparedStatement ps : upserts.values()) {
            ps.close();
        }
        upserts.clear();
    }
}
