package cat.teixit.bench;

import cat.teixit.testing.TestKeys;
import cat.teixit.app.Stores;
import cat.teixit.app.Workstation;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.sync.RawPageLoader;
import cat.teixit.persistence.sync.SyncTables;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.protocol.Json;
import cat.teixit.sync.protocol.Responses;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workstation's own sync figures: the whole workstation (its store, {@code DesktopSyncStore}, the real
 * tables and search index, the sync service) against the real central server in this JVM on an embedded
 * PostgreSQL, with the records of a synthetic area as {@code teixit generate} makes them. Prints {@code BENCH
 * <group> <metric> <value> <unit>} lines, and {@code #} lines that explain them. Not a test: nothing fails
 * on a slow machine. Usage: {@code WorkstationSyncBench [all|pull|resume|push|clients] workDir sourceDir}
 * (the generated areas are kept in sourceDir between runs).
 */
public final class WorkstationSyncBench {

    static final int FIRST_PULL = 100_000;
    static final int WARM_UP = 20_000;
    static final int PUSH_OPS = 10_000;
    private static final int PUSH_WARM_UP_SYNCS = 10;
    /** The nice value of the simulated workstations of the 50-client figure (the server's threads keep 0). */
    private static final int WORKSTATION_NICE = 10;
    static final String SCOPE = "GIR-N";

    private static final ObjectMapper JSON = Json.strictMapper();
    private static final String[] GIVEN = {"Núria", "Jordi", "Marta", "Pau", "Laia", "Oriol", "Fatima", "Youssef", "Carme",
        "Joan", "Aina", "Marc", "Rosa", "Ibrahim", "Mercè", "Xavier", "Lucía", "Andreu", "Montserrat", "Adrià"};
    private static final String[] SURNAMES = {"Puig", "Serra", "Vidal", "Roca", "Ferrer", "Pagès", "Soler", "Martí", "Bosch",
        "Camps", "García", "Martínez", "El Amrani", "Font", "Riera", "Costa", "Sala", "Pujol", "Mas", "Vila"};

    private final CentralServer server;
    private final Path work;

    private WorkstationSyncBench(CentralServer server, Path work) {
        this.server = server;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench-sync"));
        Path sources = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "target/bench-sync-source"));
        try (CentralServer server = CentralServer.started()) {
            WorkstationSyncBench bench = new WorkstationSyncBench(server, work);
            // A long-running server and a workstation open a while are JIT-compiled: a first pull of another team's
            // area warms both up, on a workstation of its own (later the one that pushes).
            SyntheticRecords.load(server, "SALT", "pau", SyntheticRecords.of(sources.resolve("SALT"), "SALT", 1_200, 2, WARM_UP));
            List<SyntheticRecords.Rec> area = SyntheticRecords.of(sources.resolve(SCOPE), SCOPE, 5_200, 1, FIRST_PULL);
            System.err.println("# first pull: " + area.size() + " records of a generated area " + SyntheticRecords.mix(area));
            SyntheticRecords.load(server, SCOPE, "laia", area);
            // The server as it is after a day of serving: its pull path compiled (the workstation's is not warmed by it).
            long warm = System.nanoTime();
            int pages = ServerWarmUp.pulls(server.url(), "pau", "SALT", 5);
            System.err.printf("# server warm-up: %d pages served in %.1f s%n", pages, (System.nanoTime() - warm) / 1e9);
            try (Station pau = Station.open(work.resolve("pau"), server.url())) {
                pau.login("pau");
                pau.syncOk();
                if (which.equals("all") || which.equals("pull")) {
                    bench.initialPull();
                }
                if (which.equals("all") || which.equals("resume")) {
                    bench.resumeAfterKill();
                }
                if (which.equals("all") || which.equals("push")) {
                    bench.push(pau);
                }
            }
            if (which.equals("all") || which.equals("clients")) {
                bench.concurrentClients(50, 12);
            }
        }
        System.exit(0);
    }

    // ---- first pull

    private void initialPull() throws Exception {
        double seconds;
        String device;
        try (Station s = Station.open(work.resolve("pull"), server.url())) {
            s.login("laia");
            device = s.w.syncStore().deviceId();
            SyncService.Result r;
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            System.err.printf("# first pull: the JIT compiler was quiet after %.1f s%n", jitQuiet(jit) / 1e9);
            long compiledBefore = jit.getTotalCompilationTime();
            ThreadCpu cpu = ThreadCpu.start();
            try (Profile p = Profile.start("initial-pull")) {
                long start = System.nanoTime();
                r = s.syncOk();
                seconds = (System.nanoTime() - start) / 1e9;
            }
            System.err.println("# first pull: CPU by thread (client and server) " + cpu.since());
            System.err.printf("# first pull: %d ms of JIT compilation during the sync%n",
                    jit.getTotalCompilationTime() - compiledBefore);
            check(r.pulled() == FIRST_PULL, "pulled " + r.pulled() + " records, not " + FIRST_PULL);
            checkStored(Stores.of(s.w), s.w.syncStore().tables());
        }
        // The floor, in the same run: the same pages (fetched again, kept as the bytes the server sent) decoded
        // and inserted into the same schema of a new store, one transaction per page set as the workstation does.
        SyncEngineConfig config = SyncEngineConfig.defaults();
        List<byte[]> pages = new ArrayList<>();
        long fetchStart = System.nanoTime();
        HttpSyncTransport t = transport("laia", "bench-raw", "bench-raw-device-key-0123456789abcdef");
        try {
            String cursor = null;
            boolean more = true;
            while (more) {
                Responses.Pull page = t.pull(SCOPE, cursor, config.pullPageLimit());
                pages.add(JSON.writeValueAsBytes(page));
                cursor = page.cursor();
                more = page.hasMore();
            }
        } finally {
            t.close();
        }
        double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
        double rawSeconds;
        Path rawDir = work.resolve("raw");
        try (Workstation w = Workstation.open(rawDir, InstanceLock.acquire(rawDir), TestKeys.KEY, false)) {
            LocalStore store = Stores.of(w);
            SyncTables tables = w.syncStore().tables();
            int n = 0;
            long start = System.nanoTime();
            for (int from = 0; from < pages.size(); from += config.maxPagesPerSet()) {
                n += RawPageLoader.insert(store, tables, pages.subList(from, Math.min(pages.size(), from + config.maxPagesPerSet())));
            }
            rawSeconds = (System.nanoTime() - start) / 1e9;
            check(n == FIRST_PULL, "raw insert of " + n + " records");
            checkStored(store, tables);
        }
        System.err.printf("# first pull: %d pages of %d, %.1f s in the server's handlers; fetching them alone (HTTP, "
                + "server, decoding) %.2f s; raw decode + insert into the same schema %.2f s%n", pages.size(),
                config.pullPageLimit(), serverSeconds(device), fetchSeconds, rawSeconds);
        System.out.printf("BENCH sync initial_pull_100k_s %.2f s%n", seconds);
        System.out.printf("BENCH sync initial_pull_records_per_s %.0f records/s%n", FIRST_PULL / seconds);
        System.out.printf("BENCH sync initial_pull_ratio_to_raw %.2f ratio%n", rawSeconds / seconds);
    }

    /** The time the server's handlers spent on a device's pulls (its audit rows). */
    private double serverSeconds(String device) {
        return server.number("SELECT coalesce(sum(duration_ms), 0) FROM audit WHERE device_id = ? AND endpoint LIKE '%pull%'",
                device) / 1e3;
    }

    /** Every record is in its table, and every live person in the search index. */
    private static void checkStored(LocalStore store, SyncTables tables) {
        long[] counts = store.read(tx -> tx.jdbc(c -> {
            long rows = 0;
            for (SyncTables.Table t : tables.all()) {
                rows += number(c, "SELECT count(*) FROM \"" + t.name() + "\"");
            }
            return new long[] {rows, number(c, "SELECT count(*) FROM person WHERE deleted_at IS NULL AND merged_into IS NULL"),
                number(c, "SELECT count(*) FROM person_fts")};
        }));
        check(counts[0] == FIRST_PULL, counts[0] + " rows stored");
        check(counts[1] == counts[2], counts[2] + " people in the search index, " + counts[1] + " in the table");
    }

    // ---- a first pull killed halfway

    /**
     * {@code teixit sync} in a JVM of its own, killed with SIGKILL once the server has served half the area; then
     * the same command again on the same data directory: its wall time, from process start to exit.
     */
    private void resumeAfterKill() throws Exception {
        Path dir = work.resolve("resume");
        try (Station s = Station.open(dir, server.url())) {
            check(s.w.syncStore().deviceId() != null, "the station has no device id");
        }
        // The headless sync opens the store with laia's password: her wrap of the store's key must be there (a store
        // nobody holds a key to would be set aside and a new one made).
        TestKeys.grant(dir, "laia", CentralServer.PASSWORD);
        // Only this sync pulls meanwhile: its pages are the pull requests audited after this point (the device id
        // is not relied on, as the headless sync may register the workstation anew).
        long before = server.number("SELECT coalesce(max(id), 0) FROM audit");
        Process first = teixitSync(dir, "resume-first.log");
        long served = 0;
        while (first.isAlive() && served < FIRST_PULL / 2) {
            Thread.sleep(20);
            served = server.number("SELECT coalesce(sum(record_count), 0) FROM audit WHERE id > ? AND endpoint LIKE '%pull%'",
                    before);
        }
        check(first.isAlive(), "the first sync ended before it was killed");
        first.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
        long kept = storedRows(dir);
        long start = System.nanoTime();
        Process second = teixitSync(dir, "resume-second.log");
        check(second.waitFor(300, TimeUnit.SECONDS), "the second sync did not end");
        double seconds = (System.nanoTime() - start) / 1e9;
        check(second.exitValue() == 0, "the second sync exited with " + second.exitValue() + " (see resume-second.log)");
        check(storedRows(dir) == FIRST_PULL, "after the restart " + storedRows(dir) + " rows");
        System.err.printf("# resume: killed after %d records served, %d of them stored; the restarted teixit sync "
                + "(a new JVM: start, login, the rest of the pull) took %.2f s%n", served, kept, seconds);
        System.out.printf("BENCH sync resume_after_kill_s %.2f s%n", seconds);
    }

    private Process teixitSync(Path dir, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "cat.teixit.cli.Launcher", "--data-dir", dir.toString(), "sync",
                "--server", server.url().toString(), "--user", "laia", "--allow-plain-http")
                .redirectErrorStream(true).redirectOutput(work.resolve(log).toFile());
        pb.environment().put("TEIXIT_PASSWORD", CentralServer.PASSWORD);
        return pb.start();
    }

    /**
     * The synced rows of the store in {@code dir}, read through the store alone: a workstation opened here would make
     * the indexes a killed first pull left to make, before the restarted sync that is measured.
     */
    private static long storedRows(Path dir) throws Exception {
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            return store.read(tx -> tx.jdbc(c -> {
                SyncTables tables = SyncTables.read(c);
                long rows = 0;
                for (SyncTables.Table t : tables.all()) {
                    rows += number(c, "SELECT count(*) FROM \"" + t.name() + "\"");
                }
                return rows;
            }));
        }
    }

    // ---- push

    /**
     * 10,000 changes made through the workstation's use cases (first visits: a person, household, membership,
     * case file and its opening; then interventions on those case files), pushed by one sync: the time from
     * "sync now" to the end of the push (the pull that follows is not counted).
     * <p>
     * A central server serves many workstations all day, so its push path is compiled: {@value #PUSH_WARM_UP_SYNCS}
     * syncs of 1,000 changes, not counted, do the same here (two requests of 500 ops, one sync, left the server's
     * push code to be compiled during the measured push, with seconds of JIT compilation on the two cores). The
     * 10,000 changes are then made in a minute, where a professional makes them over days: the measured sync starts
     * once the JIT compiler has finished with the use cases (no compilation for a second), and the compilation that
     * still runs during the push is printed.
     */
    private void push(Station s) throws Exception {
        long warmUp = System.nanoTime();
        for (int i = 0; i < PUSH_WARM_UP_SYNCS; i++) {
            makeChanges(s, PUSH_OPS / 10, 8 + i);
            s.syncOk();
        }
        System.err.printf("# push: %d syncs of %d changes (not counted) took %.2f s%n", PUSH_WARM_UP_SYNCS,
                PUSH_OPS / 10, (System.nanoTime() - warmUp) / 1e9);
        long setup = System.nanoTime();
        makeChanges(s, PUSH_OPS, 7);
        long pending = s.w.sync().status().pendingChanges();
        check(pending == PUSH_OPS, pending + " changes waiting");
        System.err.printf("# push: %d changes made through the use cases in %.1f s%n", pending,
                (System.nanoTime() - setup) / 1e9);
        long[] pullStart = {0};
        s.w.sync().addListener(status -> {
            if (status.activity() != null && status.activity().phase() == SyncService.Phase.PULL && pullStart[0] == 0) {
                pullStart[0] = System.nanoTime();
            }
        });
        String handlers = "SELECT coalesce(sum(duration_ms), 0) FROM audit WHERE device_id = ? AND endpoint LIKE '%push%'";
        long before = server.number(handlers, s.w.syncStore().deviceId());
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        System.err.printf("# push: the JIT compiler was quiet after %.1f s%n", jitQuiet(jit) / 1e9);
        long compiledBefore = jit.getTotalCompilationTime();
        long start = System.nanoTime();
        SyncService.Result r;
        ThreadCpu cpu = ThreadCpu.start();
        try (Profile p = Profile.start("push")) {
            r = s.syncOk();
        }
        System.err.println("# push: CPU by thread (client and server, the pull after it included) " + cpu.since());
        check(r.pushed() == PUSH_OPS && s.w.sync().status().pendingChanges() == 0, "pushed " + r.pushed());
        System.err.printf("# push: %.2f s in the server's handlers; %d ms of JIT compilation during the sync%n",
                (server.number(handlers, s.w.syncStore().deviceId()) - before) / 1e3,
                jit.getTotalCompilationTime() - compiledBefore);
        System.out.printf("BENCH sync push_10k_s %.2f s%n", (pullStart[0] - start) / 1e9);
    }

    /** Waits (at most 30 s) until the JIT compilers have compiled nothing for a second; returns the nanoseconds waited. */
    private static long jitQuiet(CompilationMXBean jit) throws InterruptedException {
        long start = System.nanoTime();
        long seen = -1;
        while (seen != jit.getTotalCompilationTime() && System.nanoTime() - start < 30_000_000_000L) {
            seen = jit.getTotalCompilationTime();
            Thread.sleep(1000);
        }
        return System.nanoTime() - start;
    }

    /** {@code count} changes through the use cases: first visits of {@code count / 10} people, then interventions. */
    private static void makeChanges(Station s, int count, long seed) throws Exception {
        int people = count / 10;
        List<PersonService.Created> created = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            created.add(s.newPerson(GIVEN[i % GIVEN.length], SURNAMES[(i / GIVEN.length) % SURNAMES.length]));
        }
        Random random = new Random(seed);
        String notes = "Entrevista de seguiment a l’oficina. Es revisa el pla de treball, la situació de l’habitatge "
                + "i la tramitació de l’ajut d’urgència social; la persona aporta la documentació demanada.";
        LocalDate day = LocalDate.now().minusDays(1);
        while (s.w.sync().status().pendingChanges() < count) {
            PersonService.Created c = created.get(random.nextInt(created.size()));
            s.w.interventions().add(s.user, c.caseFileId(), new InterventionForm(InterventionKind.OFFICE_INTERVIEW, day,
                    LocalTime.of(10, 30), 45, c.personId(), List.of(), notes, false));
        }
    }

    // ---- concurrent clients

    /**
     * {@code clients} workstations syncing at once with one team's scope, each in rounds: a few changes through
     * the use cases (two first visits, five phone edits), then a sync (push, then pull the others' changes),
     * then a pause of 1 to 3 s (real workstations sync every few minutes). The figure is the server's: the time of
     * each pull inside it (its audit row's duration, from the request's arrival to the answer written). The workstations
     * share the server's two cores here, so they run at a lower CPU priority ({@value #WORKSTATION_NICE}), taking what
     * the server and PostgreSQL leave, as workstations on machines of their own would (decision 0060). Every pull
     * page is also timed at its workstation (request, answer, decoding, on that lower priority), and printed apart.
     */
    private void concurrentClients(int clients, int rounds) throws Exception {
        try (Connection c = server.connection(); var s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            s.execute("CHECKPOINT");
        }
        server.addTeam("LIVE", "EBASP Càrrega", "ABSS Proves");
        server.addUser("carrega", "Usuari de càrrega", "LIVE", List.of("SOCIAL_WORKER"));
        clients("warm-", 8, 3, Collections.synchronizedList(new ArrayList<>()));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        java.sql.Timestamp liveFrom = new java.sql.Timestamp(System.currentTimeMillis());
        long start = System.nanoTime();
        long failures = clients("live-", clients, rounds, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        if (failures > 0) {
            System.err.println("# " + failures + " workstations failed");
        }
        System.err.printf("# %d workstations x %d syncs (every 1-3 s) in %.1f s: %d pull pages; inside the server median %d ms;"
                + " at the workstations (with their decoding, at their lower priority) median %.1f ms, p99 %.1f ms%n",
                clients, rounds, seconds, sorted.size(), server.number(SERVER_SIDE_PULLS.formatted(0.5), liveFrom),
                sorted.get(sorted.size() / 2) / 1e6, p99 / 1e6);
        System.out.printf("BENCH server pull_p99_ms_50_clients %d ms%n", server.number(SERVER_SIDE_PULLS.formatted(0.99), liveFrom));
        System.out.printf("BENCH server pull_p99_at_workstations_ms_50_clients %.1f ms%n", p99 / 1e6);
    }

    private static final String SERVER_SIDE_PULLS = "SELECT ceil(percentile_cont(%s) WITHIN GROUP (ORDER BY duration_ms))::bigint"
            + " FROM audit WHERE endpoint = '/pull' AND at >= ? AND user_id = (SELECT id FROM app_user WHERE username = 'carrega')";

    private long clients(String prefix, int clients, int rounds, List<Long> latencies) throws Exception {
        AtomicLong failures = new AtomicLong();
        AtomicLong lowPriorityFailed = new AtomicLong();
        List<Station> stations = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Station s = Station.open(work.resolve(prefix + i), server.url());
                stations.add(s);
                s.login("carrega");
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    Station s = stations.get(i);
                    long seed = i;
                    futures.add(pool.submit(() -> {
                        if (!LowPriority.thisThread(WORKSTATION_NICE)) {
                            lowPriorityFailed.incrementAndGet();
                        }
                        HttpSyncTransport t = transport("carrega", s.w.syncStore().deviceId(),
                                s.w.syncStore().deviceKey());
                        try {
                            client(s, t, new Random(seed), rounds, latencies);
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            e.printStackTrace();
                        } finally {
                            t.close();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            stations.forEach(Station::close);
        }
        if (lowPriorityFailed.get() > 0) {
            System.err.println("# " + lowPriorityFailed.get() + " workstations kept the server's CPU priority");
        }
        return failures.get();
    }

    private static void client(Station s, HttpSyncTransport t, Random random, int rounds, List<Long> latencies)
            throws Exception {
        SyncEngine engine = new SyncEngine(new TimedTransport(t, latencies), s.w.syncStore(), SyncEngineConfig.defaults(),
                CrashPoints.NONE);
        List<UUID> mine = new ArrayList<>();
        // Workstations do not start in the same millisecond.
        Thread.sleep(random.nextInt(3000));
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                mine.add(s.newPerson(GIVEN[random.nextInt(GIVEN.length)], SURNAMES[random.nextInt(SURNAMES.length)])
                        .personId());
            }
            for (int k = 0; k < 5; k++) {
                String phone = "6" + (10_000_000 + random.nextInt(89_999_999));
                s.edit(mine.get(random.nextInt(mine.size())), f -> Station.withPhone(f, phone));
            }
            engine.syncOnce(p -> { }, new CancellationToken());
            Thread.sleep(1000 + random.nextInt(2000));
        }
    }

    // ---- plumbing

    private HttpSyncTransport transport(String username, String deviceId, String deviceKey) {
        return new HttpSyncTransport(TransportConfig.defaults(server.url(), deviceId, true).withDeviceKey(deviceKey),
                () -> new Credentials(username, CentralServer.PASSWORD.toCharArray()));
    }

    private static long number(Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark invalid: " + what);
        }
    }
}
