package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.casefile.PersonService;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Mirror;
import cat.teixit.testing.Station;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code teixit sync} in its own JVM, killed with SIGKILL at labelled steps of the engine (attachment
 * upload, push before and after its answer is recorded, pull before and after a page set is applied);
 * a new process then syncs the same data directory: every change reaches the server exactly once, the
 * attachment is committed, and the workstation equals the server.
 */
class SyncKillNineTest {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path dir;

    private Process teixitSync(Path data, String crashAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), CrashingSync.class.getName(), crashAt,
                "--data-dir", data.toString(), "sync", "--server", server.url().toString(), "--user", "laia",
                "--allow-plain-http").redirectErrorStream(true);
        pb.environment().put(SyncCommand.PASSWORD_VARIABLE, CentralServer.PASSWORD);
        return pb.start();
    }

    /** Runs until the label is reached (then SIGKILL, true) or the process ends (its exit code must be 0). */
    private static boolean runUntil(Process p, String label) throws Exception {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                if (line.equals("REACHED " + label)) {
                    p.destroyForcibly();
                    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return true;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"blob.afterChunk", "push.afterSendBeforeAck", "push.afterAck", "pull.beforeApply",
        "pull.afterApply"})
    void killedAtAStepTheNextSyncLosesNothingAndAppliesNothingTwice(String label) throws Exception {
        Path data = dir.resolve("ws");
        String device;
        long ops;
        String sha;
        try (Station s = Station.open(data, server.url())) {
            s.login("laia");
            device = s.w.syncStore().deviceId();
            PersonService.Created first = s.newPerson("Eva", "Bosch");
            s.newPerson("Martí", "Camps");
            s.edit(first.personId(), f -> Station.withPhone(f, "699000000"));
            byte[] bytes = new byte[2 * 1024 * 1024 + 99];
            new Random(label.hashCode()).nextBytes(bytes);
            Path file = Files.write(dir.resolve("scan.pdf"), bytes);
            s.w.attachments().add(s.user, first.caseFileId(), first.personId(), file, null);
            sha = Hashing.sha256Hex(file);
            ops = s.w.sync().status().pendingChanges();
        }

        assertThat(runUntil(teixitSync(data, label), label)).as("reached " + label).isTrue();
        assertThat(runUntil(teixitSync(data, "none"), "none")).isFalse();

        assertThat(server.number("SELECT count(*) FROM applied_op WHERE device_id = ?", device)).isEqualTo(ops);
        assertThat(server.number("SELECT count(DISTINCT op_id) FROM change WHERE device_id = ?", device)).isEqualTo(ops);
        assertThat(server.number("SELECT count(*) FROM change WHERE device_id = ?", device)).as("nothing twice")
                .isEqualTo(ops);
        assertThat(server.number("SELECT count(*) FROM blob WHERE sha256 = ? AND committed", sha)).isEqualTo(1);
        try (Station s = Station.open(data, server.url())) {
            assertThat(s.w.sync().status().pendingChanges()).isZero();
            assertThat(Mirror.local(s, "GIR-N")).isEqualTo(Mirror.server(server, "GIR-N"));
        }
    }
}
