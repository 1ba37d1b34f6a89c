package cat.teixit.server.testing;

import cat.teixit.server.db.Database;
import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.http.SyncServer;
import cat.teixit.sync.client.testing.Freeze;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The central server in a JVM of its own for the server kill tests, on a PostgreSQL that outlives it: on
 * reaching the crash label (a {@link SyncServer.TestPoints} label) it says so on stdout and freezes, so the
 * test kills it there with SIGKILL. Prints {@code LISTENING} once it serves. Arguments: jdbcUrl port
 * crashLabel (or "none").
 */
public final class KillableServer {

    private KillableServer() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String crashAt = args[2];
        SyncServer.TestPoints points = label -> {
            if (label.equals(crashAt)) {
                Freeze.at(out, label);
            }
        };
        Database db = Database.open(args[0], null, null, 8);
        new SyncServer(db, new PasswordHasher(256, 1, 1), ServerSettings.defaults(), Clock.systemUTC(), points)
                .start("127.0.0.1", Integer.parseInt(args[1]));
        out.println("LISTENING");
    }
}
