package cat.teixit.server.testing;

import cat.teixit.server.admin.Directory;
import cat.teixit.server.auth.SessionRules;
import cat.teixit.server.db.Database;
import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.http.SyncServer;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The central server in a JVM of its own (started with a small heap by the test), with the production Argon2
 * parameters and a user {@code heavy} (password {@link TestServer#PASSWORD}), for the memory bound of concurrent
 * logins. Prints {@code LISTENING} once it serves. Arguments: jdbcUrl port maxConcurrentHashes metricsToken.
 */
public final class BoundedLoginServer {

    private BoundedLoginServer() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(args[0], null, null, 8);
        PasswordHasher hasher = new PasswordHasher();
        new Directory(db, hasher).addUser("heavy", "Heavy Hasher", TestServer.PASSWORD.toCharArray(), "GIR-N",
                List.of("SOCIAL_WORKER"));
        SessionRules rules = SessionRules.defaults().withMaxConcurrentHashes(Integer.parseInt(args[2]));
        rules = new SessionRules(rules.accessTtl(), rules.refreshTtl(), rules.sessionLifetime(), rules.freeFailures(),
                rules.firstDelay(), rules.maxDelay(), rules.maxConcurrentHashes(), Duration.ofMinutes(3));
        new SyncServer(db, hasher, ServerSettings.defaults().withSessions(rules).withMetricsToken(args[3]),
                Clock.systemUTC()).start("127.0.0.1", Integer.parseInt(args[1]));
        out.println("LISTENING");
    }
}
