package cat.teixit.persistence;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.change.HybridClock;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryWithSafePragmasAndAValidatedSchema() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            assertThat(Files.exists(dir.resolve(LocalStore.DB_FILE))).isTrue();
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            new DemoSeeder(store, new PasswordHasher(1024, 1, 1), clock).seedIfEmpty();
            long users = store.read(tx -> tx.users().count());
            assertThat(users).isEqualTo(DemoSeeder.USERS.size());
            List<String> pragmas = store.write(tx -> tx.jdbc(c -> {
                try (Statement st = c.createStatement()) {
                    return List.of(one(st, "PRAGMA journal_mode"), one(st, "PRAGMA foreign_keys"),
                            one(st, "PRAGMA synchronous"), one(st, "PRAGMA wal_autocheckpoint"),
                            one(st, "PRAGMA journal_size_limit"));
                }
            }));
            // Checkpoints every 64 MiB of log, the log cut back to 4 MiB after one (decision 0044).
            assertThat(pragmas).containsExactly("wal", "1", "2", "16384", "4194304");
        }
    }

    private static String one(Statement st, String sql) throws java.sql.SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void keepsTheDataAcrossRestartsAndDoesNotSeedTwice() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            assertThat(new DemoSeeder(store, new PasswordHasher(1024, 1, 1), clock).seedIfEmpty()).isTrue();
        }
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            assertThat(new DemoSeeder(store, new PasswordHasher(1024, 1, 1), clock).seedIfEmpty()).isFalse();
            long users = store.read(tx -> tx.users().count());
            assertThat(users).isEqualTo(DemoSeeder.USERS.size());
        }
    }

    @Test
    void refusesASecondOpenInTheSameProcess() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            assertThatThrownBy(() -> LocalStore.open(dir, TestKeys.KEY)).isInstanceOf(StoreOpenException.class)
                    .extracting(e -> ((StoreOpenException) e).reason()).isEqualTo(StoreOpenException.Reason.LOCKED);
        }
        // Released on close: it opens again.
        LocalStore.open(dir, TestKeys.KEY).close();
    }

    @Test
    void refusesASecondTeixitProcessOnTheSameDirectoryWithAClearMessage() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "cat.teixit.cli.Launcher", "info", "--user", "laia", "--data-dir", dir.toString())
                    .redirectErrorStream(true);
            pb.environment().put("TEIXIT_PASSWORD", "any");
            Process p = pb.start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(output).contains("in use by another Teixit");
        }
    }

    @Test
    void aCorruptFileIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve(LocalStore.DB_FILE);
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(db, garbage);
        String before = sha256(db);
        assertThatThrownBy(() -> LocalStore.open(dir, TestKeys.KEY)).isInstanceOf(StoreOpenException.class)
                .extracting(e -> ((StoreOpenException) e).reason()).isEqualTo(StoreOpenException.Reason.CORRUPT);
        assertThat(sha256(db)).isEqualTo(before);
        // The failed open released the directory.
        assertThatThrownBy(() -> LocalStore.open(dir, TestKeys.KEY)).extracting(e -> ((StoreOpenException) e).reason())
                .isEqualTo(StoreOpenException.Reason.CORRUPT);
    }

    @Test
    void aFileFromANewerTeixitIsRefusedAndLeftUntouched() throws Exception {
        LocalStore.open(dir, TestKeys.KEY).close();
        Path db = dir.resolve(LocalStore.DB_FILE);
        try (Connection c = TestKeys.connect(db); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) VALUES (999, '999',"
                    + " 'from the future', 'SQL', 'V999__future.sql', 0, 'test', '2030-01-01 00:00:00.000', 1, 1)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(db);
        assertThatThrownBy(() -> LocalStore.open(dir, TestKeys.KEY)).isInstanceOf(StoreOpenException.class)
                .extracting(e -> ((StoreOpenException) e).reason())
                .isEqualTo(StoreOpenException.Reason.NEWER_SCHEMA);
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            HybridClock clock = DeviceIdentity.clockFor(store, Clock.systemUTC());
            new DemoSeeder(store, new PasswordHasher(1024, 1, 1), clock).seedIfEmpty();
            assertThatThrownBy(() -> store.write(tx -> {
                var team = new cat.teixit.model.user.Team(cat.teixit.logic.change.Ids.newId(), "NEW", "Nou equip", "ABSS");
                team.setUpdatedAt(clock.tick());
                tx.teams().save(team);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            boolean saved = store.read(tx -> tx.teams().findByCode("NEW").isPresent());
            assertThat(saved).isFalse();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
