package cat.teixit.logic.change;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.model.sync.Device;
import cat.teixit.persistence.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Every installation has a secret device key, its login's proof that the device id is its own (decision 0013). */
class DeviceKeyTest {

    private static final String KEY = "[0-9a-f]{64}";

    @Test
    void aNewInstallationMakesARandomKeyOfItsOwn(@TempDir Path a, @TempDir Path b) throws Exception {
        String first;
        String second;
        try (LocalStore store = LocalStore.open(a, TestKeys.KEY)) {
            DeviceIdentity.clockFor(store, Clock.systemUTC());
            first = key(store);
            DeviceIdentity.clockFor(store, Clock.systemUTC());
            assertThat(key(store)).as("kept across restarts").isEqualTo(first);
        }
        try (LocalStore store = LocalStore.open(b, TestKeys.KEY)) {
            DeviceIdentity.clockFor(store, Clock.systemUTC());
            second = key(store);
        }
        assertThat(first).matches(KEY);
        assertThat(second).matches(KEY).isNotEqualTo(first);
    }

    @Test
    void aStoreFromBeforeKeysGetsOneWhenMigrated(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve(LocalStore.DB_FILE));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("7").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(LocalStore.DB_FILE));
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO device (id, created_at) VALUES ('0199a3b2-old-device', 0)");
        }
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            assertThat(key(store)).matches(KEY);
            String id = store.read(tx -> tx.device().find().map(Device::getId).orElseThrow());
            assertThat(id).isEqualTo("0199a3b2-old-device");
        }
    }

    private static String key(LocalStore store) {
        return store.read(tx -> tx.device().find().map(Device::getDeviceKey).orElseThrow());
    }
}
