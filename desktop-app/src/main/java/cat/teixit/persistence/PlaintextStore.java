package cat.teixit.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.mc.SQLiteMCConfig;

/**
 * A store from before encryption (decision 0032), encrypted in place the first time a key opens it: the database is
 * copied with {@code VACUUM INTO} to an encrypted file (its write-ahead log included), the copy is checked (integrity,
 * the same tables with the same number of rows), and only then replaces the plain file, whose log is removed; the
 * plain file stays under {@value #PLAIN_SUFFIX} until the encrypted one has been opened, then is deleted. A crash
 * at any step leaves either the plain store (done again at the next start) or the checked encrypted one. The
 * upgrade backups in {@code backups/} are encrypted the same way. Stateless.
 */
public final class PlaintextStore {

    static final String PLAIN_SUFFIX = ".plain-before-encryption";
    private static final String ENCRYPTING_SUFFIX = ".encrypting";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(PlaintextStore.class);

    private PlaintextStore() {
    }

    /** True when {@code file} is an SQLite database in clear (an encrypted one has no readable header). */
    public static boolean isPlain(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the data directory holds a store in clear (it is encrypted at its next opening). */
    public static boolean present(Path dataDir) {
        Path db = dataDir.resolve(LocalStore.DB_FILE);
        return isPlain(db) || (!Files.exists(db) && isPlain(dataDir.resolve(LocalStore.DB_FILE + PLAIN_SUFFIX)));
    }

    /**
     * The password verifier of {@code username} in the store in clear of {@code dataDir} (to check who may encrypt it
     * and hold its key); empty when the account is unknown, deleted, or was never signed in to here.
     */
    public static java.util.Optional<String> verifier(Path dataDir, String username) throws StoreOpenException {
        Path db = dataDir.resolve(LocalStore.DB_FILE);
        if (!isPlain(db)) {
            db = dataDir.resolve(LocalStore.DB_FILE + PLAIN_SUFFIX);
        }
        org.sqlite.SQLiteConfig config = new SQLiteMCConfig.Builder().build();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection(url(db)); java.sql.PreparedStatement st = c.prepareStatement(
                "SELECT password_hash FROM app_user WHERE lower(username) = lower(?) AND deleted_at IS NULL")) {
            st.setString(1, username.strip());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getString(1) != null && !rs.getString(1).isEmpty()
                        ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreOpenException(StoreOpenException.Reason.CORRUPT, "the data file is not a readable database", e);
        }
    }

    /**
     * Encrypts the store of {@code dataDir} and its backups with {@code key} when they are in clear; finishes an
     * encryption cut short. Nothing when they are encrypted already.
     */
    static void encryptIfPlain(Path dataDir, StoreKey key) throws StoreOpenException {
        Path db = dataDir.resolve(LocalStore.DB_FILE);
        Path plain = dataDir.resolve(LocalStore.DB_FILE + PLAIN_SUFFIX);
        try {
            if (!Files.exists(db) && Files.exists(plain)) {
                // Cut short between moving the plain file aside and moving the encrypted one in.
                move(plain, db);
            }
            if (isPlain(db)) {
                encryptDatabase(dataDir, db, plain, key);
            } else if (Files.exists(plain) && Files.exists(db)) {
                // Cut short after the swap: the encrypted store is in place; it must open before the plain one goes.
                verifyOpens(db, key);
                Files.delete(plain);
            }
            encryptBackups(dataDir, key);
        } catch (IOException | SQLException e) {
            throw new StoreOpenException(StoreOpenException.Reason.IO,
                    "the store from before encryption could not be encrypted; it was left as it was", e);
        }
    }

    private static void encryptDatabase(Path dataDir, Path db, Path plain, StoreKey key) throws IOException, SQLException {
        long start = System.nanoTime();
        Path encrypting = dataDir.resolve(LocalStore.DB_FILE + ENCRYPTING_SUFFIX);
        Map<String, Long> rows = copyEncrypted(db, encrypting, key);
        verify(encrypting, key, rows);
        move(db, plain);
        // The plain store's log and shared memory hold its data too; VACUUM INTO read the log into the copy.
        Files.deleteIfExists(dataDir.resolve(LocalStore.DB_FILE + "-wal"));
        Files.deleteIfExists(dataDir.resolve(LocalStore.DB_FILE + "-shm"));
        move(encrypting, db);
        verifyOpens(db, key);
        Files.delete(plain);
        LOG.info("Local store encrypted in place ({} tables, {} ms)", rows.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Each upgrade backup in clear is replaced by an encrypted copy (checked before the plain one goes). */
    private static void encryptBackups(Path dataDir, StoreKey key) throws IOException, SQLException {
        Path folder = dataDir.resolve(UpgradeBackup.FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> plainCopies;
        try (Stream<Path> files = Files.list(folder)) {
            plainCopies = files.filter(PlaintextStore::isPlain).toList();
        }
        for (Path copy : plainCopies) {
            Path encrypting = copy.resolveSibling(copy.getFileName() + ENCRYPTING_SUFFIX);
            Map<String, Long> rows = copyEncrypted(copy, encrypting, key);
            verify(encrypting, key, rows);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
            Files.move(encrypting, copy, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Store backup {} encrypted", copy.getFileName());
        }
    }

    /** Copies the plain {@code source} into an encrypted {@code target}; the rows of each table of the source. */
    private static Map<String, Long> copyEncrypted(Path source, Path target, StoreKey key) throws IOException, SQLException {
        Files.deleteIfExists(target);
        try (Connection c = new SQLiteMCConfig.Builder().build().createConnection(url(source));
                Statement st = c.createStatement()) {
            Map<String, Long> rows = rowCounts(c);
            // A URI names the target's cipher and key; the key is random bytes, written in hexadecimal.
            String uri = URI.create("file:" + target.toAbsolutePath().toUri().getRawPath()) + "?cipher=chacha20&key="
                    + key.sqlite();
            st.execute("VACUUM INTO '" + uri.replace("'", "''") + "'");
            return rows;
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** The encrypted copy passes SQLite's integrity check and holds every table with the same number of rows. */
    private static void verify(Path encrypted, StoreKey key, Map<String, Long> expected) throws SQLException, IOException {
        try (Connection c = LocalStore.readOnlySource(encrypted, key).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String result = rs.next() ? rs.getString(1) : "no answer";
            Map<String, Long> rows = rowCounts(c);
            if (!"ok".equals(result) || !rows.equals(expected)) {
                throw new SQLException("the encrypted copy differs from the store (" + result + ")");
            }
        } catch (SQLException e) {
            Files.deleteIfExists(encrypted);
            throw e;
        }
    }

    private static void verifyOpens(Path db, StoreKey key) throws SQLException {
        try (Connection c = LocalStore.readOnlySource(db, key).getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        }
    }

    private static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : tables) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                rows.put(t, rs.getLong(1));
            }
        }
        return rows;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
