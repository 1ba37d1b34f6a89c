package cat.teixit.bench;

import cat.teixit.app.Stores;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench/chaos}: two workstations (laia and jordi, one team) sync headlessly ({@code teixit sync} in
 * JVMs of their own) through the fault proxy with a trial server ({@code teixit-server serve --embedded}) for
 * some minutes, while clients and the server are killed with SIGKILL at random moments. Between syncs each
 * workstation creates people and changes the phone of one of its own, through the product's use cases, and
 * notes what it did once the change is committed. At the end both sync straight with the server until
 * nothing is left to send, and the program prints what was created, found on each workstation, found twice,
 * and lost (a person or the last phone written). Exit code 0 only when nothing was lost or duplicated.
 * Not thread-safe; a program, not a test.
 */
public final class Chaos {

    private static final String SCOPE = "GIR-N";
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private final Path dir;
    private final String serverJar;
    private final String proxyClasses;
    private final SplittableRandom random;
    private final int serverPort;
    private final int proxyPort;
    private Process server;
    private Process proxy;
    private final Map<String, Path> stations = new LinkedHashMap<>();
    /** Surname (unique tag) of each created person, with the last phone written to it. */
    private final Map<String, String> ledger = new LinkedHashMap<>();
    private final Map<String, List<UUID>> own = new HashMap<>();
    private final Map<UUID, String> tags = new HashMap<>();
    private int clientKills;
    private int serverKills;
    private int syncs;

    private Chaos(Path dir, String serverJar, String proxyClasses, long seed) throws IOException {
        this.dir = dir;
        this.serverJar = serverJar;
        this.proxyClasses = proxyClasses;
        this.random = new SplittableRandom(seed);
        this.serverPort = freePort();
        this.proxyPort = freePort();
    }

    /** Arguments: minutes, work directory, server jar, the fault proxy's class path, seed, fault rate. */
    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(args[0]);
        Path dir = Path.of(args[1]).toAbsolutePath();
        Chaos chaos = new Chaos(dir, args[2], args[3], args.length > 4 ? Long.parseLong(args[4]) : 1);
        String rate = args.length > 5 ? args[5] : "0.3";
        int code;
        try {
            code = chaos.run(minutes, rate);
        } finally {
            chaos.stopAll();
        }
        System.exit(code);
    }

    private int run(double minutes, String rate) throws Exception {
        Files.createDirectories(dir);
        startServer();
        proxy = java(List.of("-cp", proxyClasses, "cat.teixit.server.testing.FaultProxy", "--listen",
                String.valueOf(proxyPort), "--target", String.valueOf(serverPort), "--rate", rate), dir.resolve("proxy.log"));
        stations.put("laia", dir.resolve("ws-laia"));
        stations.put("jordi", dir.resolve("ws-jordi"));
        for (Map.Entry<String, Path> s : stations.entrySet()) {
            // The first login of a data directory goes to the server, straight: the chaos starts after.
            try (Station st = Station.open(s.getValue(), serverUrl())) {
                st.login(s.getKey());
            }
            own.put(s.getKey(), new ArrayList<>());
        }
        OUT.printf("chaos: %.1f minutes, fault rate %s, server :%d behind the proxy :%d, data in %s%n", minutes, rate,
                serverPort, proxyPort, dir);
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        while (System.nanoTime() < deadline) {
            for (String user : stations.keySet()) {
                write(user);
                syncKilledAtRandom(user);
                if (random.nextInt(8) == 0) {
                    killServer();
                }
            }
        }
        OUT.println("chaos over: settling straight with the server");
        if (!server.isAlive()) {
            startServer();
        }
        for (int round = 0; round < 3; round++) {
            for (String user : stations.keySet()) {
                int exit = sync(user, serverUrl(), -1);
                if (exit != 0 && round == 2) {
                    OUT.println("settling sync of " + user + " ended with exit code " + exit);
                }
            }
        }
        return report();
    }

    /** Opens the workstation, logs in (offline when the server cannot be reached), creates and edits, closes. */
    private void write(String user) throws Exception {
        try (Station st = Station.open(stations.get(user), proxyUrl())) {
            LoginResult r = st.tryLogin(user, CentralServer.PASSWORD);
            if (!(r instanceof LoginResult.Success ok)) {
                throw new IllegalStateException("login of " + user + " refused: " + r);
            }
            st.user = ok.user();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                String tag = tag(user, ledger.size() + 1);
                PersonService.Created c = st.newPerson("Caos", tag);
                ledger.put(tag, null);
                own.get(user).add(c.personId());
                tags.put(c.personId(), tag);
            }
            List<UUID> mine = own.get(user);
            UUID target = mine.get(random.nextInt(mine.size()));
            String phone = "6" + (10_000_000 + random.nextInt(89_999_999));
            st.edit(target, f -> Station.withPhone(f, phone));
            ledger.put(tags.get(target), phone);
        }
    }

    /** One {@code teixit sync} through the proxy; SIGKILLed after a random moment half of the time. */
    private void syncKilledAtRandom(String user) throws Exception {
        long killAfterMs = random.nextBoolean() ? random.nextLong(100, 4000) : -1;
        sync(user, proxyUrl(), killAfterMs);
    }

    private int sync(String user, URI url, long killAfterMs) throws Exception {
        syncs++;
        ProcessBuilder pb = javaCommand(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "cat.teixit.cli.Launcher", "--data-dir", stations.get(user).toString(), "sync", "--server", url.toString(),
                "--user", user, "--allow-plain-http"));
        pb.environment().put("TEIXIT_PASSWORD", CentralServer.PASSWORD);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sync-" + user + ".log").toFile()));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        if (killAfterMs >= 0 && !p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            clientKills++;
            return -9;
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        return p.exitValue();
    }

    private void killServer() throws Exception {
        server.destroyForcibly().waitFor();
        serverKills++;
        Thread.sleep(random.nextLong(0, 1500));
        startServer();
    }

    private void startServer() throws Exception {
        server = java(List.of("-jar", serverJar, "serve", "--embedded", "--demo", "--data-dir",
                dir.resolve("server").toString(), "--port", String.valueOf(serverPort)), dir.resolve("server.log"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(serverUrl() + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            if (!server.isAlive()) {
                throw new IllegalStateException("the server did not start; see " + dir.resolve("server.log"));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer /health within 3 minutes");
    }

    private int report() throws Exception {
        int lost = 0;
        int duplicated = 0;
        int phonesLost = 0;
        int pending = 0;
        for (String user : stations.keySet()) {
            Map<String, List<String>> found;
            try (Station st = Station.open(stations.get(user), serverUrl())) {
                found = people(st);
                pending += st.w.sync().status().pendingChanges();
            }
            int here = 0;
            for (Map.Entry<String, String> e : ledger.entrySet()) {
                List<String> phones = found.getOrDefault(e.getKey(), List.of());
                if (phones.isEmpty()) {
                    lost++;
                } else {
                    here++;
                    if (phones.size() > 1) {
                        duplicated++;
                    }
                    if (e.getValue() != null && !e.getValue().equals(phones.getFirst())) {
                        phonesLost++;
                    }
                }
            }
            OUT.printf("found on %s's workstation: %d of %d%n", user, here, ledger.size());
        }
        OUT.printf("created %d, syncs %d, clients killed %d, server killed %d%n", ledger.size(), syncs, clientKills,
                serverKills);
        OUT.printf("lost %d, duplicated %d, last phone lost %d, changes still waiting %d%n", lost, duplicated, phonesLost,
                pending);
        boolean ok = lost == 0 && duplicated == 0 && phonesLost == 0 && pending == 0;
        OUT.println(ok ? "CHAOS OK" : "CHAOS FAILED");
        return ok ? 0 : 1;
    }

    /** The chaos people on a workstation: surname tag to the phones of the rows carrying it. */
    private static Map<String, List<String>> people(Station st) {
        return Stores.of(st.w).read(tx -> tx.jdbc(c -> {
            Map<String, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT surname1, phone FROM person WHERE given_name = 'Caos' AND deleted_at IS NULL AND scope = ?")) {
                ps.setString(1, SCOPE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        }));
    }

    /** A surname unique to the n-th person created, in letters (a surname holds no digits): Laia-Bac. */
    private static String tag(String user, int n) {
        StringBuilder letters = new StringBuilder();
        for (int k = n; k > 0; k /= 26) {
            letters.insert(0, (char) ('a' + k % 26));
        }
        return Character.toUpperCase(user.charAt(0)) + user.substring(1) + "-" + Character.toUpperCase(letters.charAt(0))
                + letters.substring(1);
    }

    private URI serverUrl() {
        return URI.create("http://127.0.0.1:" + serverPort);
    }

    private URI proxyUrl() {
        return URI.create("http://127.0.0.1:" + proxyPort);
    }

    private static ProcessBuilder javaCommand(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(args);
        return new ProcessBuilder(cmd);
    }

    private static Process java(List<String> args, Path log) throws IOException {
        return javaCommand(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void stopAll() throws Exception {
        if (proxy != null) {
            proxy.destroy();
            proxy.waitFor(10, TimeUnit.SECONDS);
            OUT.println("faults drawn by the proxy (" + dir.resolve("proxy.log") + "):");
            for (String line : Files.readAllLines(dir.resolve("proxy.log"))) {
                if (line.contains("damaged_answers")) {
                    OUT.println("  " + line);
                }
            }
        }
        if (server != null) {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
