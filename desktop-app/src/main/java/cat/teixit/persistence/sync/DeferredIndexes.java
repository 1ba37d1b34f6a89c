package cat.teixit.persistence.sync;

import cat.teixit.persistence.reports.ReportSummaries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The secondary indexes of the synced tables, and the triggers that keep the report summaries, dropped while a first
 * pull fills an empty store and made again at its end (decision 0056). A first pull of 100,000 records spent more than
 * half of its writing in keeping about 40 indexes up to date, record by record, each commit re-encrypting the index
 * pages it touched; making an index from the finished table is one sorted pass. The summaries' triggers cost a quarter
 * more on every intervention stored; the summaries are then counted once ({@link ReportSummaries#recount}). Unique
 * indexes stay: they are constraints, not only a speed-up. Each drop is recorded in {@code sync_deferred_schema} in the
 * same transaction, so that a kill in between leaves the list exact and the next start makes them again. On one
 * transaction's connection; not thread-safe.
 */
final class DeferredIndexes {

    private static final Pattern CREATE_INDEX = Pattern.compile("^\\s*CREATE\\s+INDEX\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_TRIGGER = Pattern.compile("^\\s*CREATE\\s+TRIGGER\\s+", Pattern.CASE_INSENSITIVE);

    private final Connection c;
    private final SyncTables tables;

    DeferredIndexes(Connection c, SyncTables tables) {
        this.c = c;
        this.tables = tables;
    }

    /**
     * Drops the synced tables' non-unique indexes and the summaries' triggers when none of those tables holds a row
     * and nothing is deferred already; returns how many were dropped (0 when the store is not empty).
     */
    int deferIfEmpty() throws SQLException {
        if (!listed().isEmpty() || !empty()) {
            return 0;
        }
        Map<String, String> deferred = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT type, name, tbl_name, sql FROM sqlite_schema"
                + " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(2);
                String sql = rs.getString(4);
                boolean index = rs.getString(1).equals("index") && CREATE_INDEX.matcher(sql).find();
                boolean summary = rs.getString(1).equals("trigger") && name.startsWith(ReportSummaries.TRIGGER_PREFIX);
                if (tables.table(rs.getString(3)).isPresent() && (index || summary)) {
                    deferred.put(name, sql);
                }
            }
        }
        try (PreparedStatement record = c.prepareStatement("INSERT INTO sync_deferred_schema (name, sql) VALUES (?, ?)");
                Statement drop = c.createStatement()) {
            for (Map.Entry<String, String> d : deferred.entrySet()) {
                record.setString(1, d.getKey());
                record.setString(2, d.getValue());
                record.executeUpdate();
                drop.execute((CREATE_INDEX.matcher(d.getValue()).find() ? "DROP INDEX " : "DROP TRIGGER ")
                        + SyncRows.quote(d.getKey()));
            }
        }
        return deferred.size();
    }

    /**
     * Makes every deferred index and trigger again and forgets it, then, if the summaries' triggers were among them,
     * counts the summaries again; returns how many were made.
     */
    int restore() throws SQLException {
        Map<String, String> deferred = listed();
        boolean summaries = false;
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> d : deferred.entrySet()) {
                // IF NOT EXISTS: the list and the schema change in one transaction, so this is only a safeguard.
                String sql = CREATE_INDEX.matcher(d.getValue()).replaceFirst("CREATE INDEX IF NOT EXISTS ");
                s.execute(CREATE_TRIGGER.matcher(sql).replaceFirst("CREATE TRIGGER IF NOT EXISTS "));
                summaries |= d.getKey().startsWith(ReportSummaries.TRIGGER_PREFIX);
            }
            s.execute("DELETE FROM sync_deferred_schema");
        }
        if (summaries) {
            ReportSummaries.recount(c);
        }
        return deferred.size();
    }

    /** Whether some index is deferred right now (a first pull is filling the store, or was killed doing so). */
    boolean any() throws SQLException {
        return !listed().isEmpty();
    }

    private Map<String, String> listed() throws SQLException {
        Map<String, String> listed = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sync_deferred_schema ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                listed.put(rs.getString(1), rs.getString(2));
            }
        }
        return listed;
    }

    /** Whether no synced table holds a row (a new workstation before its first pull). */
    private boolean empty() throws SQLException {
        try (Statement s = c.createStatement()) {
            for (SyncTables.Table t : tables.all()) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + SyncRows.quote(t.name()) + ")")) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
