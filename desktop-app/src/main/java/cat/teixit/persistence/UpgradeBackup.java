package cat.teixit.persistence;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy of the store made before an upgrade's migrations change it: {@code backups/teixit-before-V<n>-<time>.db}
 * in the data directory, where {@code V<n>} is the first migration about to run (the copy holds the schema just
 * before it). Made with SQLite's {@code VACUUM INTO}, which reads one consistent snapshot, the write-ahead log
 * included; written to a temporary name and moved into place, so a copy that is there is whole. The newest
 * {@value #KEEP} are kept. Stateless.
 */
public final class UpgradeBackup {

    public static final String FOLDER = "backups";
    public static final int KEEP = 3;
    private static final String PREFIX = "teixit-before-V";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBackup.class);

    private UpgradeBackup() {
    }

    /**
     * Copies the store {@code store} reaches into {@code dataDir/backups} before migration {@code firstPending}
     * runs, then removes all but the newest {@value #KEEP} copies.
     *
     * @return the copy
     * @throws IOException when it cannot be made (the store is left as it was; nothing should be migrated then)
     */
    public static Path make(DataSource store, Path dataDir, String firstPending, Clock clock) throws IOException {
        long start = System.nanoTime();
        Path folder = dataDir.resolve(FOLDER);
        Files.createDirectories(folder);
        String name = PREFIX + firstPending + "-" + TIME.format(clock.instant()) + ".db";
        Path target = folder.resolve(name);
        Path part = folder.resolve(name + ".part");
        Files.deleteIfExists(part);
        try (Connection c = store.getConnection(); PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, part.toAbsolutePath().toString());
            st.execute();
        } catch (SQLException e) {
            Files.deleteIfExists(part);
            throw new IOException("the store could not be copied: " + e.getMessage(), e);
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
        LOG.info("Store backed up before migration V{} to {}/{} ({} KB, {} ms)", firstPending, FOLDER, name,
                Files.size(target) / 1024, (System.nanoTime() - start) / 1_000_000);
        prune(folder);
        return target;
    }

    /** The copies in {@code dataDir/backups}, newest first. */
    public static List<Path> list(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing(UpgradeBackup::modified).reversed()
                            .thenComparing(Comparator.comparing(Path::toString).reversed()))
                    .toList();
        }
    }

    /**
     * Deletes every copy in {@code dataDir/backups} (and a copy left half made): after an erasure, each holds what was
     * erased (decision 0036), and it is of an older schema, so it cannot be scrubbed as the store is. The number
     * deleted.
     */
    public static int removeAll(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        }
        if (n > 0) {
            LOG.info("{} store backups removed after an erasure", n);
        }
        return n;
    }

    private static void prune(Path folder) throws IOException {
        List<Path> all = list(folder.getParent());
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
            LOG.info("Old store backup {}/{} removed (the newest {} are kept)", FOLDER, old.getFileName(), KEEP);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
