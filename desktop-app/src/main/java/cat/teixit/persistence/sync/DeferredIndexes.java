package cat.teixit.persistence.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secondary indexes of the synced tables, dropped while a first pull fills an empty store and made again at its
 * end (decision 0056). A first pull of 100,000 records spent more than half of its writing in keeping about 50
 * indexes up to date, record by record, each commit re-encrypting the index pages it touched; making an index
 * from the finished table is one sorted pass. Unique indexes stay: they are constraints, not only a speed-up.
 * Each drop is recorded in {@code sync_deferred_index} in the same transaction, so that a kill in between leaves the
 * list exact and the next start makes them again. On one transaction's connection; not thread-safe.
 */
final class DeferredIndexes {

    private static final Pattern CREATE_INDEX = Pattern.compile("^\\s*CREATE\\s+INDEX\\s+", Pattern.CASE_INSENSITIVE);

    private final Connection c;
    private final SyncTables tables;

    DeferredIndexes(Connection c, SyncTables tables) {
        this.c = c;
        this.tables = tables;
    }

    /**
     * Drops the synced tables' non-unique indexes when none of those tables holds a row and none is deferred
     * already; returns how many were dropped (0 when the store is not empty).
     */
    int deferIfEmpty() throws SQLException {
        if (!listed().isEmpty() || !empty()) {
            return 0;
        }
        Map<String, String> indexes = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String sql = rs.getString(3);
                if (tables.table(rs.getString(2)).isPresent() && CREATE_INDEX.matcher(sql).find()) {
                    indexes.put(rs.getString(1), sql);
                }
            }
        }
        try (PreparedStatement record = c.prepareStatement("INSERT INTO sync_deferred_index (name, sql) VALUES (?, ?)");
                Statement drop = c.createStatement()) {
            for (Map.Entry<String, String> index : indexes.entrySet()) {
                record.setString(1, index.getKey());
                record.setString(2, index.getValue());
                record.executeUpdate();
                drop.execute("DROP INDEX " + SyncRows.quote(index.getKey()));
            }
        }
        return indexes.size();
    }

    /** Makes every deferred index again and forgets it; returns how many. */
    int restore() throws SQLException {
        Map<String, String> deferred = listed();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> index : deferred.entrySet()) {
                // IF NOT EXISTS: the list and the schema change in one transaction, so this is only a safeguard.
                s.execute(CREATE_INDEX.matcher(index.getValue()).replaceFirst("CREATE INDEX IF NOT EXISTS "));
            }
            s.execute("DELETE FROM sync_deferred_index");
        }
        return deferred.size();
    }

    /** Whether some index is deferred right now (a first pull is filling the store, or was killed doing so). */
    boolean any() throws SQLException {
        return !listed().isEmpty();
    }

    private Map<String, String> listed() throws SQLException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sync_deferred_index ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                listed.put(rs.getString(1), rs.getString(2));
            }
        }
        return listed;
    }

    /** Whether no synced table holds a row (a new workstation before its first pull). */
    private boolean empty() throws SQLException {
        List<String> names = new ArrayList<>();
        tables.all().forEach(t -> names.add(t.name()));
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + SyncRows.quote(name) + ")")) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
