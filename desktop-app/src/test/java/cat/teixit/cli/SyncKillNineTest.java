package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Stores;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.sync.DesktopSyncStore;
import cat.teixit.persistence.sync.StoredConflict;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.testing.SyncModel;
import cat.teixit.sync.protocol.ChangeKind;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Mirror;
import cat.teixit.testing.PushLog;
import cat.teixit.testing.Station;
import cat.teixit.testing.TestKeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product's workstation ({@code DesktopSyncStore}, the real tables) synced by {@code teixit sync} in a JVM
 * of its own, then opening an attachment it must download, killed with SIGKILL at a labelled point: a step of
 * the engine ({@link CrashPoints#LABELS}) or a point inside one of the sync store's transactions, between its
 * statements ({@link DesktopSyncStore#CRASH_LABELS}). The workstation then starts again on the same data
 * directory, syncs and opens the attachment.
 * The history has a revoked scope to purge, attachments both ways and an edit that conflicts with a
 * colleague's. After the resume: the workstation equals the server and both equal the {@link SyncModel} fed
 * with every push of every process; no op was refused, the conflict was kept exactly once, the outbox is
 * empty, each op reached the server once, the attachment was committed and the other one downloaded.
 * <p>
 * Each case starts a JVM (about 10 s in all), so the default run takes a subset that reaches every transaction
 * of the store; {@code -Dteixit.kill.labels=all} runs all 27 points, and {@code -Dteixit.kill.labels=a,b} the
 * ones named. The engine's 20 steps are also all run, on the test store, by central-server's KillNineTest.
 */
class SyncKillNineTest {

    /**
     * A point inside each of the sync store's transactions (push answers, pulled page set, purge, attachment
     * state), the push whose answer is lost, and the download.
     */
    static final List<String> DEFAULT_LABELS = List.of("syncstore.push.afterFirstAnswer", "syncstore.pull.afterRecords",
            "syncstore.purge.afterRows", "syncstore.blob.beforeCommit", "push.afterSendBeforeAck", "download.afterFetch");

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    static Stream<String> labels() {
        String asked = System.getProperty("teixit.kill.labels", "").trim();
        if (asked.equals("all")) {
            return Stream.concat(CrashPoints.LABELS.stream(), DesktopSyncStore.CRASH_LABELS.stream());
        }
        return asked.isEmpty() ? DEFAULT_LABELS.stream() : Arrays.stream(asked.split(",")).map(String::trim);
    }

    private Process teixitSync(Path data, String crashAt, Path pushLog, UUID download) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), CrashingSync.class.getName(), crashAt,
                pushLog.toString(), server.url().toString(), data.toString(), "laia", download == null ? "-" : download.toString(),
                "--data-dir", data.toString(), "sync", "--server", server.url().toString(), "--user", "laia",
                "--allow-plain-http").redirectErrorStream(true);
        pb.environment().put(SyncCommand.PASSWORD_VARIABLE, CentralServer.PASSWORD);
        return pb.start();
    }

    /** Runs until the label is reached, then kills the process with SIGKILL; fails if it ends before. */
    private static void killAt(Process p, String label) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("REACHED " + label)) {
                    p.destroyForcibly();
                    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return;
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        throw new AssertionError("the workstation ended without reaching " + label + ":\n" + String.join("\n", lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void killedAtAPointTheNextProcessResumesAndTheWorkstationEqualsTheServerAndTheModel(String label) throws Exception {
        assertThat(Stream.concat(CrashPoints.LABELS.stream(), DesktopSyncStore.CRASH_LABELS.stream()))
                .as("a known label").contains(label);
        SyncModel model = new SyncModel();
        Path dataA = dir.resolve("a");
        Path dataB = dir.resolve("b");
        Path pushLog = dir.resolve("pushes.jsonl");
        String revoked = "KILL" + Math.abs(label.hashCode() % 100000);
        server.grant("laia", revoked, true);
        String deviceA;
        long ops;
        String upSha;
        UUID down;
        PersonService.Created p1;
        Path downFile = file("informe.pdf", label.hashCode() * 2L);
        try (Station a = Station.open(dataA, server.url(), CrashPoints.NONE, model);
                Station b = Station.open(dataB, server.url(), CrashPoints.NONE, model)) {
            a.login("laia");
            b.login("jordi");
            deviceA = a.w.syncStore().deviceId();
            String deviceB = b.w.syncStore().deviceId();
            p1 = a.newPerson("Núria", "Pagès");
            PersonService.Created p2 = a.newPerson("Omar", "El Amrani");
            model.intended(deviceA, p1.personId(), ChangeKind.INSERT, Map.of("given_name", "Núria"));
            model.intended(deviceA, p2.personId(), ChangeKind.INSERT, Map.of("given_name", "Omar"));
            a.syncOk();
            b.syncOk();

            // Jordi changes Núria's phone and adds a report to Omar's case file.
            b.edit(p1.personId(), f -> Station.withPhone(f, "611111111"));
            model.intended(deviceB, p1.personId(), ChangeKind.PATCH, Map.of("phone", "611111111"));
            // Content of this case's own (a blob the server holds already is not uploaded again).
            down = b.w.attachments().add(b.user, p2.caseFileId(), p2.personId(), downFile, "Informe");
            b.syncOk();

            // Meanwhile Laia, who has not synced: the same phone (a conflict), Omar's email, a new person with a scan.
            a.edit(p1.personId(), f -> Station.withPhone(f, "622222222"));
            model.intended(deviceA, p1.personId(), ChangeKind.PATCH, Map.of("phone", "622222222"));
            a.edit(p2.personId(), f -> Station.withEmail(f, "omar@example.cat"));
            model.intended(deviceA, p2.personId(), ChangeKind.PATCH, Map.of("email", "omar@example.cat"));
            PersonService.Created p3 = a.newPerson("Aina", "Soler");
            model.intended(deviceA, p3.personId(), ChangeKind.INSERT, Map.of("given_name", "Aina"));
            Path scan = file("scan.pdf", label.hashCode() * 2L + 1);
            upSha = cat.teixit.sync.protocol.Hashing.sha256Hex(scan);
            a.w.attachments().add(a.user, p3.caseFileId(), p3.personId(), scan, null);
            ops = a.w.sync().status().pendingChanges();
        }
        server.revoke("laia", revoked);

        killAt(teixitSync(dataA, label, pushLog, down), label);
        PushLog.replay(pushLog, model);
        // The next start resumes: a sync, then the attachment opened again.
        try (Station a = Station.open(dataA, server.url(), CrashPoints.NONE, model)) {
            a.login("laia");
            a.syncOk();
            assertThat(Files.size(a.w.attachments().copyForViewing(a.user, down))).isEqualTo(Files.size(downFile));
        }

        long pushedBefore = server.number("SELECT last_op_id FROM device WHERE id = ?", deviceA) - ops;
        assertThat(server.number("SELECT count(*) FROM applied_op WHERE device_id = ? AND op_id > ?", deviceA,
                pushedBefore)).isEqualTo(ops);
        assertThat(server.number("SELECT count(*) FROM change WHERE device_id = ? AND op_id > ?", deviceA, pushedBefore))
                .as("each op applied once").isEqualTo(server.number(
                        "SELECT count(DISTINCT op_id) FROM change WHERE device_id = ? AND op_id > ?", deviceA,
                        pushedBefore));
        assertThat(server.number("SELECT count(*) FROM blob WHERE sha256 = ? AND committed", upSha)).isEqualTo(1);

        Map<UUID, SyncModel.Expected> expected = model.expected();
        try (Station a = Station.open(dataA, server.url(), CrashPoints.NONE, model);
                Station b = Station.open(dataB, server.url(), CrashPoints.NONE, model)) {
            b.login("jordi");
            b.syncOk();
            Map<UUID, String> serverState = Mirror.server(server, "GIR-N");
            Map<UUID, String> modelState = new TreeMap<>();
            expected.forEach((id, e) -> {
                if (e.scope().equals("GIR-N")) {
                    modelState.put(id, e.entityType() + " " + e.describe());
                }
            });
            Map<UUID, String> serverOfModel = new TreeMap<>(serverState);
            serverOfModel.keySet().retainAll(modelState.keySet());
            assertThat(serverOfModel).as("the server equals the model").isEqualTo(modelState);
            Mirror.assertEqualToServer(server, "GIR-N", a, b);
            assertThat(a.w.syncStore().rejections(100)).as("no op refused").isEmpty();
            List<Long> conflicts = a.w.syncStore().conflicts(StoredConflict.Status.OPEN, 100).stream()
                    .map(StoredConflict::opId).toList();
            assertThat(conflicts).as("the conflict kept once").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(model.conflicts(deviceA)).hasSize(1);
            assertThat(a.w.syncStore().row("person", p1.personId()).orElseThrow().fields().get("phone"))
                    .as("the row took the server's value; the conflict keeps Laia's").hasToString("\"611111111\"");
            assertThat(a.w.syncStore().knownScopes()).doesNotContain(revoked);
        }
    }

    static Stream<String> firstPullLabels() {
        return Stream.concat(DesktopSyncStore.FIRST_PULL_CRASH_LABELS.stream(), Stream.of("syncstore.pull.afterRecords"));
    }

    /**
     * A new workstation's first pull, which makes the synced tables' indexes at its end (decision 0056), killed
     * while they are dropped: the next start makes them again before anything reads the store, the sync resumes,
     * and the workstation equals the server with every index and trigger of the schema.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("firstPullLabels")
    void aFirstPullKilledWhileItsIndexesAreDroppedResumesAndTheStoreHasEveryIndexAgain(String label) throws Exception {
        Path dataA = dir.resolve("a");
        Path dataB = dir.resolve("b");
        try (Station b = Station.open(dataB, server.url())) {
            b.login("jordi");
            for (String given : List.of("Núria", "Jordi", "Marta", "Pau", "Laia", "Oriol", "Fatima", "Youssef")) {
                for (String surname : List.of("Pagès", "Muñoz", "Puig")) {
                    b.newPerson(given, surname);
                }
            }
            b.syncOk();
        }
        try (Station a = Station.open(dataA, server.url())) {
            a.login("laia");
            assertThat(a.w.syncStore().knownScopes()).as("a new workstation, nothing pulled yet").isEmpty();
        }
        Map<String, String> schema;
        try (LocalStore fresh = LocalStore.open(dir.resolve("fresh"), TestKeys.KEY)) {
            schema = indexes(fresh);
        }

        killAt(teixitSync(dataA, label, dir.resolve("pushes.jsonl"), null), label);
        try (Station a = Station.open(dataA, server.url())) {
            assertThat(a.w.syncStore().indexesDeferred()).as("made again when the workstation opened").isFalse();
            assertThat(indexes(Stores.of(a.w))).isEqualTo(schema);
            a.login("laia");
            a.syncOk();
            Mirror.assertEqualToServer(server, "GIR-N", a);
            assertThat(indexes(Stores.of(a.w))).isEqualTo(schema);
        }
    }

    private static Map<String, String> indexes(LocalStore store) {
        return store.read(tx -> tx.jdbc(c -> {
            Map<String, String> out = new TreeMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type IN ('index', 'trigger')")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        }));
    }

    private Path file(String name, long seed) throws Exception {
        byte[] bytes = new byte[1024 * 1024 + 99];
        new Random(seed).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }
}
