package cat.teixit.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files written completely or not at all: into a temporary file beside the target (readable by its owner only),
 * flushed to the disk, then moved over the target, atomically where the file system can. A reader sees the old file
 * or the new one, never half of one; a failure leaves the old file and no temporary one. Stateless.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Output {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target}, whole or not at all. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes what {@code output} writes to {@code target}, whole or not at all (its folder is created if needed). */
    public static void write(Path target, Output output) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                output.write(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
