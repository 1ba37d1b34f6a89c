package cat.teixit.cli;

import cat.teixit.sync.client.CrashPoints;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * {@code teixit sync} in a JVM of its own for the kill -9 tests: the real command line, whose sync engine
 * says on stdout when it reaches the crash label given first, then freezes there so that the test kills
 * it with SIGKILL. Arguments: crashLabel (or "none"), then the command line.
 */
public final class CrashingSync {

    private CrashingSync() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String crashAt = args[0];
        CrashPoints crash = label -> {
            if (label.equals(crashAt)) {
                out.println("REACHED " + label);
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(99);
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SyncCommand.class ? type.cast(new SyncCommand(crash))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        int code = new CommandLine(new RootCommand(), factory).execute(Arrays.copyOfRange(args, 1, args.length));
        out.println("EXIT " + code);
        System.exit(code);
    }
}
