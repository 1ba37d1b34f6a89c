package cat.teixit.server.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL started from the embedded binaries, for trials and tests: on a data directory that
 * survives restarts, durable (fsync and synchronous commit on), owned by one process at a time, and
 * freed of a PostgreSQL that a killed server left running; or on a temporary directory without fsync,
 * for tests only. Thread-safe.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** Held by the process that uses a data directory; holds that process's pid, for the message to others. */
    static final String OWNER_LOCK = "teixit-server.lock";
    private static final String POSTMASTER_PID = "postmaster.pid";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** Thrown when another live process (a server, an administration command) uses the data directory. */
    public static final class InUseException extends IOException {
        private static final long serialVersionUID = 1L;

        InUseException(String message) {
            super(message);
        }
    }

    private final EmbeddedPostgres postgres;
    private final OwnerLock owner;
    private final List<String> notes;

    private EmbeddedDatabase(EmbeddedPostgres postgres, OwnerLock owner, List<String> notes) {
        this.postgres = postgres;
        this.owner = owner;
        this.notes = List.copyOf(notes);
    }

    /**
     * Starts a durable PostgreSQL on {@code dataDir} (kept between runs), or on a fresh temporary
     * directory when null. Every commit is on disk before it is acknowledged (fsync and synchronous
     * commit on), so a power cut loses no push the server answered.
     *
     * @throws InUseException when another live process uses {@code dataDir}
     */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, true);
    }

    /**
     * UNSAFE, for tests only: a PostgreSQL on a fresh temporary directory with fsync and synchronous
     * commit off. Fast, and a crash of the machine may lose or corrupt what it holds.
     */
    public static EmbeddedDatabase startUnsafeWithoutFsyncForTests() throws IOException {
        return start(null, 0, false);
    }

    private static EmbeddedDatabase start(Path dataDir, int port, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        OwnerLock owner = null;
        List<String> notes = new ArrayList<>();
        boolean initialised = dataDir != null && Files.isRegularFile(dataDir.resolve("postgresql.conf"));
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            // A new directory must be empty for initdb: its owner lock is taken once PostgreSQL runs there.
            if (initialised) {
                owner = OwnerLock.acquire(dataDir);
                try {
                    freeFromAnEarlierRun(dataDir, notes);
                } catch (IOException | RuntimeException e) {
                    owner.close();
                    throw e;
                }
            }
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        // The embedded binaries start PostgreSQL with -F (no fsync) and synchronous_commit off, which suits
        // throw-away test clusters only; these later settings override both.
        builder.setServerConfig("fsync", durable ? "on" : "off");
        builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
        builder.setServerConfig("full_page_writes", durable ? "on" : "off");
        // Sized for a laptop or CI box; a council runs its own PostgreSQL.
        builder.setServerConfig("max_connections", "200");
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            if (owner != null) {
                owner.close();
            }
            throw e;
        }
        if (dataDir != null && !initialised) {
            try {
                owner = OwnerLock.acquire(dataDir);
            } catch (IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
        }
        return new EmbeddedDatabase(postgres, owner, notes);
    }

    /**
     * Before PostgreSQL starts on a directory this process now owns: a postmaster still running there was
     * left by a server that was killed (its owner lock went with it), and is stopped cleanly; a
     * {@code postmaster.pid} naming a process that is gone, or that is no PostgreSQL, is removed.
     */
    static void freeFromAnEarlierRun(Path dataDir, List<String> notes) throws IOException {
        Path pidFile = dataDir.resolve(POSTMASTER_PID);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII).getFirst().strip());
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            note(notes, "Removed an unreadable " + POSTMASTER_PID + " from " + dataDir + ".");
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            Files.deleteIfExists(pidFile);
            note(notes, "Removed a stale " + POSTMASTER_PID + " (process " + pid + " no longer runs) from " + dataDir
                    + ".");
            return;
        }
        Optional<String> command = process.get().info().command();
        if (command.isEmpty()) {
            throw new InUseException("The embedded PostgreSQL data directory " + dataDir + " names process " + pid
                    + " in " + POSTMASTER_PID + ", which runs but cannot be inspected. If it is no PostgreSQL, remove "
                    + pidFile + " and start again; otherwise stop it first.");
        }
        if (!isPostgres(command.get())) {
            Files.deleteIfExists(pidFile);
            note(notes, "Removed a stale " + POSTMASTER_PID + " from " + dataDir + " (process " + pid
                    + " is no PostgreSQL).");
            return;
        }
        Optional<String[]> arguments = process.get().info().arguments();
        if (arguments.isEmpty()) {
            throw new InUseException("The embedded PostgreSQL data directory " + dataDir + " names process " + pid
                    + " in " + POSTMASTER_PID + ", a PostgreSQL whose data directory cannot be read. Stop it first.");
        }
        if (!servesDirectory(arguments.get(), dataDir)) {
            // The number was reused by another PostgreSQL (after a reboot, say): this directory's file is stale.
            Files.deleteIfExists(pidFile);
            note(notes, "Removed a stale " + POSTMASTER_PID + " from " + dataDir + " (process " + pid
                    + " is another PostgreSQL).");
            return;
        }
        note(notes, "An embedded PostgreSQL (process " + pid + ") left running on " + dataDir
                + " by a server that did not stop cleanly was found; stopping it before starting afresh.");
        stopOrphan(dataDir, process.get(), Path.of(command.get()));
        note(notes, "The PostgreSQL left running (process " + pid + ") stopped cleanly.");
    }

    /** Whether a postmaster's arguments name {@code dataDir} after {@code -D}. */
    private static boolean servesDirectory(String[] arguments, Path dataDir) {
        Path wanted = dataDir.toAbsolutePath().normalize();
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && Path.of(arguments[i + 1]).toAbsolutePath().normalize().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString();
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** A fast, clean shutdown through the orphan's own pg_ctl (it rolls back open work, checkpoints and exits). */
    private static void stopOrphan(Path dataDir, ProcessHandle postmaster, Path postgresBinary) throws IOException {
        String pgCtl = postgresBinary.resolveSibling(postgresBinary.getFileName().toString().replace("postgres", "pg_ctl"))
                .toString();
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // As the embedded binaries themselves are run when this process is root: PostgreSQL refuses root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl, "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t",
                Long.toString(STOP_WAIT.toSeconds())));
        Process stop = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(stop.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) || stop.exitValue() != 0) {
                throw new InUseException("The PostgreSQL left running on " + dataDir + " (process " + postmaster.pid()
                        + ") could not be stopped: " + output);
            }
            postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the PostgreSQL left running", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new InUseException("The PostgreSQL left running on " + dataDir + " (process " + postmaster.pid()
                    + ") did not exit.");
        }
    }

    private static void note(List<String> notes, String text) {
        LOG.warn(text);
        notes.add(text);
    }

    /** What was found and done on the data directory before PostgreSQL started (stale files, a PostgreSQL left running). */
    public List<String> startupNotes() {
        return notes;
    }

    /** JDBC URL of the {@code postgres} database, user {@code postgres} (local trust authentication). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            if (owner != null) {
                owner.close();
            }
        }
    }

    /** An exclusive lock on {@link #OWNER_LOCK} for this process's lifetime; the OS frees it when the process dies. */
    private record OwnerLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        static OwnerLock acquire(Path dataDir) throws IOException {
            Path file = dataDir.resolve(OWNER_LOCK);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new InUseException("The embedded PostgreSQL data directory " + dataDir
                        + " is in use by another Teixit server process" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + ". Stop it first, or give another --data-dir; an administration command can reach its "
                        + "database with --db-url and the URL that serve printed.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new OwnerLock(channel, lock);
        }

        private static String readHolder(FileChannel channel) {
            try {
                ByteBuffer b = ByteBuffer.allocate(32);
                channel.read(b, 0);
                return new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
