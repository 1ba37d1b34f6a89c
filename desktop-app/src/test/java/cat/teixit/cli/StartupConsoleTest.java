package cat.teixit.cli;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;

import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.SettingsFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What the console shows when Teixit starts, in a JVM of its own as a user runs it (JavaFX's real platform,
 * not the tests' headless one): nothing when nothing failed, a clear sentence in the user's language and no
 * stack trace when the window cannot open.
 */
@EnabledOnOs(OS.LINUX)
class StartupConsoleTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /**
     * {@code teixit ARGS} with the product's logging set-up (not the tests'), without any graphical display, with
     * {@link #systemTemp()} as the system's temporary folder.
     */
    private Run teixit(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + systemTemp(), "-Dlogback.configurationFile=logback.xml", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        // A desktop's usual locale: the console writes UTF-8.
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("TEIXIT_PASSWORD", "a password");
        Process p = pb.start();
        try {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("teixit ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path systemTemp() throws IOException {
        return Files.createDirectories(dir.resolve("system-tmp"));
    }

    @Test
    void withoutADisplayTheUserIsToldSoInTheirLanguageWithItsExitCodeAndNoStackTrace() throws Exception {
        Path data = dir.resolve("data");
        new Preferences(new SettingsFile(data)).setLanguage(Language.SPANISH);
        Run r = teixit("--data-dir", data.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.NO_WINDOW);
        assertThat(r.err()).startsWith("No se ha encontrado ninguna pantalla gráfica.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theSqliteDriverLeavesTheConsoleCleanWhenTheSharedTempFolderHoldsACopyItMayNotDelete() throws Exception {
        Path data = dir.resolve("data");
        LocalStore.open(data, TestKeys.KEY).close();
        TestKeys.grant(data, "laia", "a password");
        // The driver tidies the temporary folder of old copies of its library; one it may not delete (another
        // user's, in a shared /tmp, or one whose process is exiting) made it print an error and a stack trace,
        // then go on as if nothing happened. A non-empty folder of such a name cannot be deleted either.
        Files.createDirectories(systemTemp().resolve("sqlite-" + SQLiteJDBCLoader.getVersion()
                + "-00000000-0000-0000-0000-000000000000-libsqlitejdbc.so").resolve("held"));
        // The driver now extracts into the data directory, where a copy a killed Teixit left is removed.
        Path leftover = Files.createDirectories(data.resolve("tmp").resolve("sqlite")).resolve("sqlite-"
                + SQLiteJDBCLoader.getVersion() + "-11111111-1111-1111-1111-111111111111-libsqlitejdbc.so");
        Files.writeString(leftover, "left by a killed process");
        Files.writeString(leftover.resolveSibling(leftover.getFileName() + ".lck"), "");
        Run r = teixit("--data-dir", data.toString(), "info", "--user", "laia");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Teixit ").contains("Teams: ").doesNotContain("ERROR").doesNotContain("\tat ");
        assertThat(r.err()).isEmpty();
        assertThat(leftover.getParent()).isEmptyDirectory();
    }
}
