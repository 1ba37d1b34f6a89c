package cat.teixit.server.cli;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.admin.Directory;
import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.http.SyncServer;
import cat.teixit.server.http.Tls;
import cat.teixit.sync.protocol.PasswordHasher;
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
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8443", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--demo", description = "add the demo teams and users (password teixit2026) if missing")
    boolean demo;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "serve HTTPS with the key and certificate in this PKCS#12 or JKS key store")
    java.nio.file.Path tlsKeyStore;

    @Option(names = "--metrics-token-env", paramLabel = "VAR",
            description = "environment variable holding the operator credential that GET /metrics asks for "
                    + "(Authorization: Bearer ...; at least 16 characters); without it /metrics is closed")
    String metricsTokenEnv;

    @Option(names = "--tls-password-env", paramLabel = "VAR", defaultValue = "TEIXIT_TLS_PASSWORD",
            description = "environment variable holding the key store password (default: ${DEFAULT-VALUE})")
    String tlsPasswordEnv;

    @Option(names = "--emergency-hours", paramLabel = "N", defaultValue = "24",
            description = "how long a break-the-glass opening serves its case file, in hours, 1 to 168 "
                    + "(default: ${DEFAULT-VALUE})")
    int emergencyHours;

    @Override
    public Integer call() throws Exception {
        DatabaseOptions.Opened opened = db.open();
        PasswordHasher hasher = new PasswordHasher();
        Directory directory = new Directory(opened.database(), hasher);
        if (demo) {
            int added = DemoData.seed(directory);
            System.out.println("Demo area ready (" + added + " users added; password " + DemoData.DEMO_PASSWORD + ").");
        }
        java.util.List<String> demoAccounts = DemoData.openAccounts(opened.database(), hasher);
        if (!demoAccounts.isEmpty()) {
            System.out.println("WARNING: demo accounts with the public password " + DemoData.DEMO_PASSWORD
                    + " can log in: " + String.join(", ", demoAccounts) + (demo ? " (--demo)." : ".")
                    + " Never serve real data so; deactivate them with 'users deactivate'.");
        }
        ServerSettings settings = ServerSettings.defaults()
                .withEmergencyOpenFor(java.time.Duration.ofHours(emergencyHours));
        if (metricsTokenEnv != null) {
            String token = System.getenv(metricsTokenEnv);
            if (token == null) {
                throw new IllegalArgumentException("environment variable " + metricsTokenEnv + " is not set");
            }
            settings = settings.withMetricsToken(token);
        }
        if (tlsKeyStore != null) {
            String password = System.getenv(tlsPasswordEnv);
            if (password == null) {
                throw new IllegalArgumentException("environment variable " + tlsPasswordEnv + " is not set");
            }
            settings = settings.withTls(new Tls.KeyStoreFile(tlsKeyStore, password));
        }
        SyncServer server = new SyncServer(opened.database(), hasher, settings, Clock.systemUTC()).start(host, port);
        if (opened.embedded() != null) {
            System.out.println("Embedded PostgreSQL: " + opened.jdbcUrl() + " (data in " + db.dataDir.toAbsolutePath()
                    + ")");
        }
        System.out.println("Teixit central server on " + (tlsKeyStore == null ? "http" : "https") + "://" + host + ":" + server.port() + " (Ctrl+C stops it)");
        System.out.println(metricsTokenEnv == null ? "GET /metrics is closed (no --metrics-token-env)."
                : "GET /metrics answers the operator credential in " + metricsTokenEnv + ".");
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
