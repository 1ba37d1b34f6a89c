package cat.teixit.persistence.demo;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The store as the synthetic-area generator sees it: what it checks before writing, the teams and
 * professionals already there, bulk loaders, and the page cache and index upkeep around a large load.
 * Plain SQL with no parameters from outside. Not thread-safe (bound to one unit of work).
 */
public final class BulkWrites {

    /** A team already in the store. */
    public record ExistingTeam(UUID id, String code) {
    }

    /** A professional already in the store. */
    public record ExistingUser(UUID id, String username, UUID teamId, String displayName, String roles) {
    }

    private final Jdbc jdbc;

    /** The bulk writes on {@code jdbc}'s write transaction (made by the store's unit of work). */
    public BulkWrites(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A loader whose rows get server versions from {@code firstServerVersion} on. */
    public BulkLoader loader(long firstServerVersion) {
        return new BulkLoader(jdbc, firstServerVersion);
    }

    /** One more than the highest server version in the tables a loader loads. */
    public long firstFreeServerVersion() {
        List<String> parts = new ArrayList<>();
        for (BulkLoader.Table t : BulkLoader.Table.values()) {
            parts.add("SELECT max(server_version) AS v FROM " + t.tableName());
        }
        return longValue("SELECT coalesce(max(v), 0) + 1 FROM (" + String.join(" UNION ALL ", parts) + ")");
    }

    /**
     * Writes the local work done so far in this fictitious store (the demo's current activities, made through the
     * use cases) as if the central system already had it, like the bulk-loaded history: rows without a server
     * version get the next one and nothing is left to send. Only for demo and synthetic stores.
     */
    public void markLocalWorkSynced() {
        long version = firstFreeServerVersion();
        List<String> statements = new ArrayList<>();
        for (BulkLoader.Table t : BulkLoader.Table.values()) {
            statements.add("UPDATE " + t.tableName() + " SET server_version = " + version
                    + " WHERE server_version IS NULL");
        }
        statements.add("DELETE FROM outbox");
        execute(statements.toArray(String[]::new));
    }

    /** Live rows of {@code table}. */
    public long count(BulkLoader.Table table) {
        return longValue("SELECT count(*) FROM " + table.tableName() + " WHERE deleted_at IS NULL");
    }

    private long longValue(String sql) {
        Long value = jdbc.jdbc(c -> Sql.first(c, sql, List.of(), rs -> rs.getLong(1)));
        return value == null ? 0 : value;
    }

    public List<ExistingTeam> teams() {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT id, code FROM team WHERE deleted_at IS NULL ORDER BY code", List.of(),
                rs -> new ExistingTeam(UUID.fromString(rs.getString(1)), rs.getString(2))));
    }

    public List<ExistingUser> users() {
        return Collections.unmodifiableList(jdbc.jdbc(c -> Sql.list(c, "SELECT id, username, team_id, display_name, roles"
                + " FROM app_user WHERE deleted_at IS NULL ORDER BY username", List.of(),
                rs -> new ExistingUser(UUID.fromString(rs.getString(1)), rs.getString(2), UUID.fromString(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))));
    }

    /** True when this store is marked as holding fictitious data. */
    public boolean isDemo() {
        return longValue("SELECT coalesce(max(demo), 0) FROM device") == 1;
    }

    /** Marks this store as holding fictitious data (the login screen then shows the demo hint). */
    public void markDemo() {
        execute("UPDATE device SET demo = 1");
    }

    /**
     * A larger page cache for the duration of a bulk load on this connection (the indexes then stay
     * in memory); {@link #endBulkLoad} puts the default back.
     */
    public void beginBulkLoad(int cacheMib) {
        execute("PRAGMA cache_size = -" + (cacheMib * 1024L));
    }

    public void endBulkLoad() {
        execute("PRAGMA cache_size = -2000");
    }

    /**
     * After a bulk load: merges the search index into one segment and refreshes the planner's
     * statistics (run inside a write transaction).
     */
    public void optimizeIndexes() {
        execute("INSERT INTO person_fts (person_fts) VALUES ('optimize')", "PRAGMA analysis_limit = 1000", "ANALYZE");
    }

    private void execute(String... statements) {
        jdbc.jdbc(c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
            return null;
        });
    }
}
