package cat.teixit.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasing a workstation's local data after the server revoked its device (remote wipe, docs/decisions/0024):
 * the database (with the search index and the device's identity), attachments, temporary files and keys. What is
 * kept: the settings (server address, language), the instance lock and the logs, which hold no personal data.
 * A marker file is written <em>first</em>: if the wipe is cut short (the process killed), the next start finishes
 * it before the store is opened, and the login screen tells the user once. Thread-safe (static, file system only).
 */
public final class RemoteWipe {

    /** The marker: present from the decision to wipe until the user has been told. */
    public static final String MARKER = "device-revoked.txt";
    private static final Logger LOG = LoggerFactory.getLogger(RemoteWipe.class);
    private static final Set<String> KEPT = Set.of(MARKER, SettingsFile.FILE_NAME, InstanceLock.FILE_NAME, "logs");

    private RemoteWipe() {
    }

    /** Records that the server revoked this device: from now on the data is to be erased. */
    public static void mark(Path dataDir, Instant at) {
        Path marker = dataDir.resolve(MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            Path tmp = dataDir.resolve(MARKER + ".tmp");
            Files.writeString(tmp, at.toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the remote-wipe marker could not be written", e);
        }
    }

    /** True when a wipe was decided and not yet completed (the store must not be opened before it is). */
    public static boolean pending(Path dataDir) {
        Path marker = dataDir.resolve(MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        try {
            return !Files.readString(marker, StandardCharsets.UTF_8).contains(ERASED);
        } catch (IOException e) {
            return true;
        }
    }

    private static final String ERASED = "erased";

    /**
     * Erases everything in {@code dataDir} but the settings, the lock, the logs and the marker. The store must be
     * closed. Returns how many files were deleted.
     *
     * @throws UncheckedIOException when something could not be deleted (the marker stays: the next start tries
     *     again before it opens the store)
     */
    public static int purge(Path dataDir) {
        int[] deleted = {0};
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
            for (Path p : entries) {
                if (KEPT.contains(p.getFileName().toString())) {
                    continue;
                }
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.delete(file);
                        deleted[0]++;
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
            Files.writeString(dataDir.resolve(MARKER), ERASED + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("the local data could not be erased completely", e);
        }
        LOG.warn("This device was revoked by the server: its local data was erased ({} files)", deleted[0]);
        return deleted[0];
    }

    /** When the wipe was decided, if the user has not yet been told. */
    public static Optional<Instant> notice(Path dataDir) {
        Path marker = dataDir.resolve(MARKER);
        try {
            return Optional.of(Instant.parse(Files.readAllLines(marker, StandardCharsets.UTF_8).getFirst().strip()));
        } catch (IOException | RuntimeException e) {
            return Files.exists(marker) ? Optional.of(Instant.EPOCH) : Optional.empty();
        }
    }

    /** The user has been told: the marker goes (only once the data is gone). */
    public static void acknowledge(Path dataDir) {
        if (pending(dataDir)) {
            return;
        }
        try {
            Files.deleteIfExists(dataDir.resolve(MARKER));
        } catch (IOException e) {
            LOG.warn("The remote-wipe marker could not be removed ({})", e.getClass().getSimpleName());
        }
    }
}
