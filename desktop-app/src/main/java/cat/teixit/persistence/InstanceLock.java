package cat.teixit.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a data directory, held for as long as one Teixit process uses it. The OS
 * releases it if the process dies, so a crash never leaves a stale lock. Thread-safe.
 */
public final class InstanceLock implements AutoCloseable {

    public static final String FILE_NAME = "teixit.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails with {@link StoreOpenException.Reason#LOCKED}. */
    public static InstanceLock acquire(Path dataDir) throws StoreOpenException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreOpenException(StoreOpenException.Reason.IO, "cannot create the data directory", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreOpenException(StoreOpenException.Reason.LOCKED, "data directory in use by another Teixit", null);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreOpenException(StoreOpenException.Reason.LOCKED, "data directory in use in this process", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreOpenException(StoreOpenException.Reason.IO, "cannot lock the data directory", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
