package cat.teixit.cli;

import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.testing.Freeze;
import cat.teixit.testing.PushLog;
import cat.teixit.testing.Station;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import picocli.CommandLine;

/**
 * {@code teixit sync} in a JVM of its own for the kill -9 tests: the real command line, then (if asked) the
 * opening of an attachment that must be downloaded, on the same data directory. When the engine or the sync
 * store reaches the crash label given first, it says so on stdout and freezes there, so that the test kills
 * it with SIGKILL. Every push and its answer are appended to the push log, for the test's model.
 * Arguments: crashLabel (or "none"), pushLog, serverUrl, dataDir, user, attachmentId (or "-"), then the
 * command line.
 */
public final class CrashingSync {

    private CrashingSync() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String crashAt = args[0];
        PushLog log = new PushLog(Path.of(args[1]));
        CrashPoints crash = label -> {
            if (label.equals(crashAt)) {
                Freeze.at(out, label);
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SyncCommand.class ? type.cast(new SyncCommand(crash, PushLog.watching(log)))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        int code = new CommandLine(new RootCommand(), factory).execute(Arrays.copyOfRange(args, 6, args.length));
        out.println("EXIT " + code);
        if (code == 0 && !args[5].equals("-")) {
            // Opening an attachment this workstation never had downloads it (lazily, as in the window).
            try (Station s = Station.open(Path.of(args[3]), URI.create(args[2]), crash, log)) {
                s.login(args[4]);
                s.w.attachments().copyForViewing(s.user, UUID.fromString(args[5]));
            }
            out.println("OPENED");
        }
        System.exit(code);
    }
}
