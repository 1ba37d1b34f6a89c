package cat.teixit.server.testing;

import cat.teixit.server.db.Database;
import cat.teixit.server.db.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL (embedded binaries) per test JVM, started on first use and shared; each test
 * class gets a freshly migrated, empty schema. Thread-safe.
 */
public final class TestDatabase {

    private static EmbeddedDatabase postgres;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                // Thrown away with the JVM: durability buys nothing here, fsync off makes the suite faster.
                postgres = EmbeddedDatabase.startUnsafeWithoutFsyncForTests();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; the temporary cluster goes with it.
                }
            }));
        }
        return postgres.jdbcUrl();
    }

    /** Drops everything and migrates again, then opens a pool on the empty schema. */
    public static Database fresh(int poolSize) {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.open(jdbcUrl(), null, null, poolSize);
    }
}
