package cat.teixit.persistence;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A store at an older schema (made with Flyway's target) is copied before the upgrade's migrations: the copy opens
 * and holds the old data, even rows still only in the write-ahead log; a failed migration leaves it restorable.
 */
class UpgradeBackupTest {

    private static final String OLD = "12";
    private static final String TEAM = "0190f0a0-0000-7000-8000-000000000001";

    @TempDir
    Path dir;

    /** The store and its copies are encrypted once a key opened them (decision 0032). */
    private static Connection connect(Path db) throws SQLException {
        return TestKeys.connect(db);
    }

    /** The old store, from before encryption. */
    private static Connection plainConnect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /**
     * A store at schema {@value #OLD} with a team whose row is still in the WAL: the returned connection keeps it
     * there (no checkpoint until it closes). The caller closes it.
     */
    private Connection oldStoreWithATeamInTheWal() throws Exception {
        Path db = dir.resolve(LocalStore.DB_FILE);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(OLD).load().migrate();
        Connection c = plainConnect(db);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("INSERT INTO team (id, scope, updated_at, code, name, area_name) VALUES ('" + TEAM
                    + "', 'EBASP', '0000000000001-0000-device', 'EBASP', 'Equip antic', 'Àrea antiga')");
        }
        assertThat(Files.size(dir.resolve(LocalStore.DB_FILE + "-wal"))).isPositive();
        return c;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String teamName(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM team WHERE id = '" + TEAM + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void anUpgradeCopiesTheOldStoreFirstAndTheCopyHoldsTheOldSchemaAndData() throws Exception {
        try (Connection other = oldStoreWithATeamInTheWal()) {
            try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
                assertThat(store.dataDir()).isEqualTo(dir);
            }
        }
        List<Path> backups = UpgradeBackup.list(dir);
        assertThat(backups).hasSize(1);
        assertThat(backups.getFirst().getFileName().toString()).matches("teixit-before-V14-\\d{8}-\\d{6}-\\d{3}Z\\.db");
        try (Connection copy = connect(backups.getFirst())) {
            assertThat(schemaVersion(copy)).isEqualTo(OLD);
            assertThat(teamName(copy)).isEqualTo("Equip antic");
        }
        try (Connection upgraded = connect(dir.resolve(LocalStore.DB_FILE))) {
            assertThat(Integer.parseInt(schemaVersion(upgraded))).isGreaterThan(Integer.parseInt(OLD));
            assertThat(teamName(upgraded)).isEqualTo("Equip antic");
        }
        // Opening an up-to-date store copies nothing; a new store has nothing to copy.
        LocalStore.open(dir, TestKeys.KEY).close();
        assertThat(UpgradeBackup.list(dir)).hasSize(1);
        Path fresh = dir.resolve("fresh");
        LocalStore.open(fresh, TestKeys.KEY).close();
        assertThat(UpgradeBackup.list(fresh)).isEmpty();
    }

    @Test
    void aFailedMigrationLeavesTheStoreRestorableFromTheCopy() throws Exception {
        try (Connection other = oldStoreWithATeamInTheWal()) {
            assertThatThrownBy(() -> LocalStore.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, "classpath:db/migration",
                    "classpath:db/failing-upgrade")).isInstanceOf(StoreOpenException.class);
        }
        Path backup = UpgradeBackup.list(dir).getFirst();
        // Restoring: the copy in place of the store (its WAL files go), then the normal upgrade runs again.
        Path db = dir.resolve(LocalStore.DB_FILE);
        Files.deleteIfExists(dir.resolve(LocalStore.DB_FILE + "-wal"));
        Files.deleteIfExists(dir.resolve(LocalStore.DB_FILE + "-shm"));
        Files.copy(backup, db, StandardCopyOption.REPLACE_EXISTING);
        try (Connection restored = connect(db)) {
            assertThat(schemaVersion(restored)).isEqualTo(OLD);
            assertThat(teamName(restored)).isEqualTo("Equip antic");
        }
        LocalStore.open(dir, TestKeys.KEY).close();
        try (Connection upgraded = connect(db)) {
            assertThat(teamName(upgraded)).isEqualTo("Equip antic");
        }
    }

    @Test
    void onlyTheNewestThreeCopiesAreKept() throws Exception {
        Path db = dir.resolve(LocalStore.DB_FILE);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(OLD).load().migrate();
        Instant t = Instant.parse("2026-12-06T01:00:00Z");
        for (int i = 0; i < 5; i++) {
            Path copy = UpgradeBackup.make(ds, dir, "14", Clock.fixed(t.plusSeconds(i), ZoneOffset.UTC));
            Files.setLastModifiedTime(copy, FileTime.from(t.plusSeconds(i)));
        }
        assertThat(UpgradeBackup.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly(
                "teixit-before-V14-20261206-010004-000Z.db", "teixit-before-V14-20261206-010003-000Z.db",
                "teixit-before-V14-20261206-010002-000Z.db");
        try (var left = Files.list(dir.resolve(UpgradeBackup.FOLDER))) {
            assertThat(left.count()).isEqualTo(UpgradeBackup.KEEP);
        }
    }
}
