package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The window's usual command lines are read without picocli (start-up time, decision 0004): exactly as picocli
 * reads them, and anything else is left to picocli.
 */
class WindowOptionsTest {

    private static RootCommand parsedByPicocli(String... args) {
        RootCommand root = new RootCommand();
        new CommandLine(root).parseArgs(args);
        return root;
    }

    @Test
    void theWindowsOwnCommandLinesAreReadAsPicocliReadsThem() {
        for (List<String> args : List.of(List.<String>of(), List.of("--demo"), List.of("--data-dir", "/home/núria/Teixit"),
                List.of("--data-dir", "relative dir"), List.of("--demo", "--data-dir", "/tmp/x", "--bench-startup"),
                List.of("--bench-startup", "--demo"))) {
            String[] a = args.toArray(String[]::new);
            RootCommand fast = new RootCommand();
            assertThat(fast.windowOptions(a)).as(args.toString()).isTrue();
            RootCommand picocli = parsedByPicocli(a);
            assertThat(fast.dataDir).as(args.toString()).isEqualTo(picocli.dataDir);
            assertThat(fast.demo).as(args.toString()).isEqualTo(picocli.demo);
            assertThat(fast.benchStartup).as(args.toString()).isEqualTo(picocli.benchStartup);
            assertThat(fast.resolveDataDir()).isEqualTo(picocli.resolveDataDir());
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (List<String> args : List.of(List.of("info"), List.of("--demo", "info"), List.of("--help"), List.of("-h"),
                List.of("--version"), List.of("-V"), List.of("--data-dir"), List.of("--data-dir", "--demo"),
                List.of("--demo", "--demo"), List.of("--data-dir", "/a", "--data-dir", "/b"), List.of("--data-dir=/x"),
                List.of("--server", "https://teixit.example"), List.of("--bench-casefiles", "3"), List.of("--dem"))) {
            assertThat(new RootCommand().windowOptions(args.toArray(String[]::new))).as(args.toString()).isFalse();
        }
    }
}
