package cat.teixit.server.cli;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.admin.Directory;
import cat.teixit.server.auth.PasswordHasher;
import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.http.SyncServer;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: runs the sync server until stopped (Ctrl+C or SIGTERM). Not thread-safe (picocli fills it). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the sync protocol.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}; put a TLS reverse proxy in front)")
    String host;

    @Option(names = "--port", defaultValue = "8443", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--demo", description = "add the demo teams and users (password teixit2026) if missing")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        DatabaseOptions.Opened opened = db.open();
        PasswordHasher hasher = new PasswordHasher();
        if (demo) {
            int added = DemoData.seed(new Directory(opened.database(), hasher));
            System.out.println("Demo area ready (" + added + " users added; password " + DemoData.DEMO_PASSWORD + ").");
        }
        SyncServer server = new SyncServer(opened.database(), hasher, ServerSettings.defaults(), Clock.systemUTC())
                .start(host, port);
        if (opened.embedded() != null) {
            System.out.println("Embedded PostgreSQL: " + opened.jdbcUrl() + " (data in " + db.dataDir.toAbsolutePath()
                    + ")");
        }
        System.out.println("Teixit central server on http://" + host + ":" + server.port() + " (Ctrl+C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                opened.close();
            } catch (Exception e) {
                System.err.println("Shutdown: " + e.getMessage());
            }
            stopped.countDown();
        }, "teixit-server-shutdown"));
        stopped.await();
        return 0;
    }
}
