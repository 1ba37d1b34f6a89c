package cat.teixit.persistence;

import cat.teixit.model.common.StaleRecordException;

import cat.teixit.model.casefile.Assessment;
import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.CaseCollaborator;
import cat.teixit.model.casefile.CaseEvent;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Demand;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.Intervention;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.PlanGoal;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.agenda.Appointment;
import cat.teixit.model.groups.GroupActivity;
import cat.teixit.model.groups.GroupAttendance;
import cat.teixit.model.groups.GroupEnrolment;
import cat.teixit.model.groups.GroupSession;
import cat.teixit.model.documents.DocumentTemplate;
import cat.teixit.model.sync.Device;
import cat.teixit.model.sync.OutboxEntry;
import cat.teixit.model.user.Team;
import cat.teixit.model.user.UserAccount;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.Transaction;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.mc.SQLiteMCChacha20Config;

/**
 * The workstation's local SQLite store: one file in the data directory, opened by one process at a
 * time, schema only through Flyway migrations, Hibernate validating it. Writes go through a single
 * connection (SQLite has one writer); reads use a small pool of read-only connections.
 * Thread-safe: units of work may run on any background thread.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class LocalStore implements AutoCloseable {

    public static final String DB_FILE = "teixit.db";
    private static final String MIGRATIONS = "classpath:db/migration";
    /** The SQLite driver's system property: where it extracts its native library. */
    private static final String DRIVER_TMPDIR = "org.sqlite.tmpdir";

    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);

    /** Every entity class mapped by Hibernate. */
    static final List<Class<?>> ENTITIES = List.of(Device.class, Team.class, UserAccount.class, OutboxEntry.class,
            Person.class, Household.class, HouseholdMember.class, CaseFile.class, CaseCollaborator.class,
            CaseEvent.class, Intervention.class, Demand.class, Assessment.class, ResourceAssignment.class,
            InterventionPlan.class, PlanGoal.class, PlanAction.class, Referral.class, Attachment.class,
            DocumentTemplate.class, Appointment.class, GroupActivity.class, GroupSession.class, GroupEnrolment.class,
            GroupAttendance.class, cat.teixit.model.directory.DirectoryEntry.class, cat.teixit.model.aid.AidRuleSet.class,
            cat.teixit.model.casefile.Consent.class,
            InstantConverter.class, LocalDateConverter.class);

    private final Path dataDir;
    private final StoreKey key;
    private final InstanceLock lock;
    private final HikariDataSource writer;
    private final HikariDataSource reader;
    private final SessionFactory sessionFactory;

    /**
     * Opens (creating or migrating when needed) the store in {@code dataDir}, encrypted with {@code key}. When it cannot
     * be opened, the data file is left exactly as it was.
     */
    public static LocalStore open(Path dataDir, StoreKey key) throws StoreOpenException {
        return open(dataDir, InstanceLock.acquire(dataDir), key);
    }

    /**
     * Opens the store in {@code dataDir}, already locked by {@code lock}, encrypted with {@code key}; the store releases
     * the lock on close or failure. A store from before encryption is first encrypted in place ({@link PlaintextStore}).
     */
    public static LocalStore open(Path dataDir, InstanceLock lock, StoreKey key) throws StoreOpenException {
        return open(dataDir, lock, key, MIGRATIONS);
    }

    /**
     * Opens the store with the migrations of {@code locations} (tests add a location of their own). A store whose
     * schema is older than the migrations is first copied by {@link UpgradeBackup}; when the copy cannot be made,
     * nothing is migrated and the store is not opened.
     */
    static LocalStore open(Path dataDir, InstanceLock lock, StoreKey key, String... locations) throws StoreOpenException {
        long start = System.nanoTime();
        HikariDataSource writer = null;
        HikariDataSource reader = null;
        try {
            extractDriverInto(dataDir);
            Path db = dataDir.resolve(DB_FILE);
            PlaintextStore.encryptIfPlain(dataDir, key);
            if (Files.exists(db)) {
                checkExistingFile(db, key);
            }
            writer = pool(db, key, "teixit-writer", 1, false);
            Flyway flyway = Flyway.configure().dataSource(writer).locations(locations).failOnMissingLocations(true).load();
            backUpBeforeMigrating(flyway, writer, dataDir);
            MigrateResult migrated = flyway.migrate();
            if (migrated.migrationsExecuted > 0) {
                LOG.info("Local store migrated to schema version {}", migrated.targetSchemaVersion);
            }
            reader = pool(db, key, "teixit-reader", 3, true);
            SessionFactory sf = buildSessionFactory(writer);
            LOG.info("Local store opened in {} ms", (System.nanoTime() - start) / 1_000_000);
            return new LocalStore(dataDir, key, lock, writer, reader, sf);
        } catch (StoreOpenException e) {
            closeAll(lock, writer, reader);
            throw e;
        } catch (RuntimeException e) {
            closeAll(lock, writer, reader);
            throw new StoreOpenException(StoreOpenException.Reason.IO, "cannot open the local store", e);
        }
    }

    /**
     * Does, on a throwaway database in memory, the work of opening a store that needs no key: loading the SQLite
     * driver, running every migration (Flyway) and building Hibernate's model of the entities. Run while the login
     * screen waits for the password (decision 0032 moved opening the store after the sign-in), so that the real opening
     * finds its classes loaded and warmed and takes a fraction of its cold time. Holds no data and no file but the
     * driver's library in {@code dataDir}; any failure is logged and ignored (the real opening reports its own).
     */
    public static void warmUp(Path dataDir) {
        long start = System.nanoTime();
        HikariDataSource ds = null;
        try {
            extractDriverInto(dataDir);
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            SQLiteDataSource sqlite = new SQLiteDataSource(config);
            sqlite.setUrl("jdbc:sqlite:file:warmup?mode=memory&cache=shared");
            HikariConfig hc = new HikariConfig();
            hc.setDataSource(sqlite);
            hc.setPoolName("teixit-warmup");
            hc.setMaximumPoolSize(1);
            hc.setMinimumIdle(1);
            ds = new HikariDataSource(hc);
            Flyway.configure().dataSource(ds).locations(MIGRATIONS).load().migrate();
            buildSessionFactory(ds).close();
            LOG.info("Store classes warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Warming up the store classes failed ({}); the store opens cold", e.getClass().getSimpleName());
        } finally {
            if (ds != null) {
                ds.close();
            }
        }
    }

    /**
     * Has the SQLite driver extract its native library into {@code tmp/sqlite} of the data directory, the first
     * time a store is opened in this process (a folder given with {@code -Dorg.sqlite.tmpdir} is kept). In the
     * system's temporary folder the driver also tries to delete old copies of other processes, and one it may not
     * delete (another user's in a shared /tmp, or one whose process is exiting) printed an error and a stack trace
     * on the console, though the driver then went on well. This folder is this data directory's alone (its
     * instance lock is held), so what an earlier process left there is removed first.
     */
    private static synchronized void extractDriverInto(Path dataDir) {
        if (System.getProperty(DRIVER_TMPDIR) != null) {
            return;
        }
        Path folder = dataDir.resolve("tmp").resolve("sqlite").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            try (var left = Files.list(folder)) {
                for (Path p : (Iterable<Path>) left::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            System.setProperty(DRIVER_TMPDIR, folder.toString());
        } catch (IOException e) {
            // The driver then uses the system's temporary folder, as it does by default.
            LOG.debug("No folder of its own for the SQLite driver's library", e);
        }
    }

    /** A copy of an existing store before pending migrations change it (a new store has nothing to keep). */
    private static void backUpBeforeMigrating(Flyway flyway, HikariDataSource writer, Path dataDir)
            throws StoreOpenException {
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (info.current() == null || pending.length == 0) {
            return;
        }
        try {
            UpgradeBackup.make(writer, dataDir, pending[0].getVersion().getVersion(), Clock.systemUTC());
        } catch (IOException e) {
            throw new StoreOpenException(StoreOpenException.Reason.IO,
                    "the store could not be backed up before its upgrade, so it was not upgraded", e);
        }
    }

    private static void closeAll(InstanceLock lock, HikariDataSource writer, HikariDataSource reader) {
        if (reader != null) {
            reader.close();
        }
        if (writer != null) {
            writer.close();
        }
        lock.close();
    }

    /**
     * Reads the existing file without changing it: is it a database this key opens, and not from a newer Teixit? (An
     * encrypted file read with another key looks damaged: SQLite cannot tell the two apart.)
     */
    private static void checkExistingFile(Path db, StoreKey key) throws StoreOpenException {
        SQLiteDataSource ds = readOnlySource(db, key);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rs.next();
        } catch (SQLException e) {
            throw new StoreOpenException(StoreOpenException.Reason.CORRUPT,
                    "the data file is not a database this key opens (damaged, or another key)", e);
        }
        try {
            MigrationInfo[] all = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info().all();
            for (MigrationInfo info : all) {
                if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreOpenException(StoreOpenException.Reason.NEWER_SCHEMA,
                            "the data file has schema version " + info.getVersion() + ", newer than this Teixit", null);
                }
            }
        } catch (RuntimeException e) {
            throw new StoreOpenException(StoreOpenException.Reason.CORRUPT, "the data file cannot be read", e);
        }
    }

    /**
     * The driver's settings for a connection to a file encrypted with {@code key}: SQLite3MultipleCiphers' default
     * cipher (ChaCha20-Poly1305, each page authenticated), the key used raw (it is random: no key derivation at each
     * connection). The write-ahead log and temporary files of the connection are encrypted alike.
     */
    static SQLiteConfig encrypted(StoreKey key) {
        byte[] raw = key.bytes();
        try {
            return SQLiteMCChacha20Config.getDefault().withRawUnsaltedKey(raw).build();
        } finally {
            java.util.Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Each connection's page cache, in KiB (SQLite's default is 2 MiB). Pages come into it decrypted: with the default,
     * a search on a 100,000-people area read and decrypted the same pages of people, households and case files again
     * at every keystroke (index queries' p95 45 ms, 3× an unencrypted copy's); with 64 MiB, 6 ms, as unencrypted.
     * It fills only as pages are read (decision 0041).
     */
    static final int PAGE_CACHE_KIB = 64 * 1024;

    /**
     * Pages of write-ahead log after which a commit copies them into the database file (SQLite's default is 1000,
     * 4 MiB). Every copy decrypts and encrypts the pages again, and a page changed by ten transactions was copied
     * up to ten times: a fifth of the CPU of a first pull's writes (100,000 records) went to it. At 64 MiB a bulk write
     * copies each page about once. A day of ordinary edits may stay in the log (as durable there as in the file)
     * until the store closes, which copies it (decision 0044).
     */
    static final int WAL_CHECKPOINT_PAGES = 16_384;

    /** What the write-ahead log is cut back to once copied, so an idle store does not keep a 64 MiB log (decision 0044). */
    static final long WAL_KEPT_BYTES = 4L * 1024 * 1024;

    /** A read-only source of the file {@code db} encrypted with {@code key}, outside any pool. */
    static SQLiteDataSource readOnlySource(Path db, StoreKey key) {
        SQLiteConfig config = encrypted(key);
        config.setCacheSize(-PAGE_CACHE_KIB);
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        return ds;
    }

    private static HikariDataSource pool(Path db, StoreKey key, String name, int size, boolean readOnly) {
        SQLiteConfig config = encrypted(key);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-PAGE_CACHE_KIB);
        if (!readOnly) {
            // The single writer takes the write lock when a transaction begins, never half-way through.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, Long.toString(WAL_KEPT_BYTES));
        }
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(sqlite);
        hc.setPoolName(name);
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(1);
        hc.setConnectionTimeout(30_000);
        if (!readOnly) {
            // Checkpoints are the writer's: readers never start one.
            hc.setConnectionInitSql("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
        }
        if (readOnly) {
            // Refuse writes on reader connections (sqlite-jdbc cannot flip its read-only flag once open).
            hc.setConnectionInitSql("PRAGMA query_only = 1");
        }
        return new HikariDataSource(hc);
    }

    private static SessionFactory buildSessionFactory(HikariDataSource ds) {
        Properties p = new Properties();
        p.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        p.put(AvailableSettings.DIALECT, TeixitSqliteDialect.class.getName());
        p.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        p.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new SnakeCaseColumns());
        // Table by table: the grouped strategy also reads the FTS virtual table and views, whose
        // untyped columns it cannot parse.
        p.put(AvailableSettings.HBM2DDL_JDBC_METADATA_EXTRACTOR_STRATEGY, "individually");
        p.put(AvailableSettings.PREFERRED_UUID_JDBC_TYPE, "VARCHAR");
        p.put(AvailableSettings.STATEMENT_BATCH_SIZE, "100");
        p.put(AvailableSettings.ORDER_INSERTS, "true");
        p.put(AvailableSettings.SHOW_SQL, "false");
        p.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "true");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(p).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A plain read-only connection to the store file, outside the store's pools (the benchmarks' baselines). */
    public Connection readOnlyConnection() throws SQLException {
        return readOnlySource(dataDir.resolve(DB_FILE), key).getConnection();
    }

    /** Runs {@code work} in one write transaction: all of it is saved, or nothing. */
    public <T> T write(Function<StoreTx, T> work) {
        try (OpenWrite open = openWrite()) {
            T result = open.run(work);
            open.commit();
            return result;
        }
    }

    /**
     * Begins a write transaction that stays open across several pieces of work, until {@link OpenWrite#commit} (or
     * {@link OpenWrite#close}, which rolls back what was not committed). It holds the store's single writer all that
     * time: every other write waits for it. A first pull applies its page sets in one (decision 0057).
     */
    public OpenWrite openWrite() {
        return new OpenWrite(sessionFactory.openSession());
    }

    /** A write transaction held open by one thread (not thread-safe); nothing of it is saved before its commit. */
    public static final class OpenWrite implements AutoCloseable {
        private final Session session;
        private final Transaction tx;
        private final StoreTx unit;

        private OpenWrite(Session session) {
            this.session = session;
            try {
                this.tx = session.beginTransaction();
            } catch (RuntimeException e) {
                session.close();
                throw translate(e);
            }
            this.unit = new StoreTx(session);
        }

        /** Runs {@code work} in the transaction; a failure rolls all of it back (committing then fails). */
        public <T> T run(Function<StoreTx, T> work) {
            try {
                T result = work.apply(unit);
                session.flush();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                throw translate(e);
            }
        }

        /** Saves all the work run in it, and ends it. */
        public void commit() {
            try {
                unit.runBeforeCommit();
                session.flush();
                tx.commit();
            } catch (RuntimeException e) {
                rollbackQuietly(tx);
                throw translate(e);
            } finally {
                session.close();
            }
        }

        /** Rolls back what was not committed, and gives the writer back. */
        @Override
        public void close() {
            if (session.isOpen()) {
                rollbackQuietly(tx);
                session.close();
            }
        }
    }

    /**
     * Rewrites the database file without its free pages (where deleted or overwritten values linger) and empties the
     * write-ahead log: after it, what was removed is in neither file. Waits for the writer; takes as long as copying
     * the file. An anonymisation calls it (docs/gdpr.md).
     */
    public void compact() {
        try (Connection c = writer.getConnection(); java.sql.Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("VACUUM");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreFailureException("compacting the store failed", e);
        }
    }

    /** Runs {@code work} on a read-only connection, in one consistent snapshot. */
    public <T> T read(Function<StoreTx, T> work) {
        try (Connection connection = reader.getConnection()) {
            connection.setAutoCommit(false);
            try (Session session = sessionFactory.withOptions().connection(connection).openSession()) {
                session.setDefaultReadOnly(true);
                try {
                    return work.apply(new StoreTx(session));
                } finally {
                    connection.rollback();
                }
            }
        } catch (SQLException e) {
            throw new StoreFailureException("read failed", e);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static void rollbackQuietly(Transaction tx) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            LOG.warn("Rollback failed", e);
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
            return new StaleRecordException("the record was changed by someone else", e);
        }
        if (e instanceof StaleRecordException || e instanceof StoreFailureException) {
            return e;
        }
        if (e instanceof org.hibernate.HibernateException || e instanceof jakarta.persistence.PersistenceException) {
            return new StoreFailureException("local store operation failed", e);
        }
        return e;
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            closeAll(lock, writer, reader);
            LOG.info("Local store closed");
        }
    }
}
