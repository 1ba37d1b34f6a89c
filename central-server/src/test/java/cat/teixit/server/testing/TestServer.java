package cat.teixit.server.testing;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.admin.Directory;
import cat.teixit.server.db.Database;
import cat.teixit.server.http.ServerSettings;
import cat.teixit.server.http.SyncServer;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncProgressListener;
import cat.teixit.sync.client.SyncReport;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.PasswordHasher;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real central server in-process on a random port, over a fresh schema of the shared test
 * PostgreSQL, with the demo teams and users (cheap Argon2 parameters so tests log in fast). Not
 * thread-safe: one per test class.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String PASSWORD = DemoData.DEMO_PASSWORD;

    private Database db;
    private SyncServer server;
    private Directory directory;

    public TestServer() {
        this(ServerSettings.defaults());
    }

    public TestServer(ServerSettings settings) {
        start(settings);
    }

    private TestServer(boolean lazy) {
        // Started by beforeAll.
    }

    /**
     * A server for the tests of one class, started before them and closed after:
     * {@code @RegisterExtension static final TestServer server = TestServer.perClass();}
     */
    public static TestServer perClass() {
        return new TestServer(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(ServerSettings.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start(ServerSettings settings) {
        this.db = TestDatabase.fresh(24);
        PasswordHasher hasher = new PasswordHasher(256, 1, 1);
        this.directory = new Directory(db, hasher);
        try {
            DemoData.seed(directory);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.server = new SyncServer(db, hasher, settings, Clock.systemUTC()).start("127.0.0.1", 0);
    }

    public Database db() {
        return db;
    }

    public Directory directory() {
        return directory;
    }

    public int port() {
        return server.port();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public SyncServer server() {
        return server;
    }

    /** A single number from the server's database, for checks. */
    public long number(String sql, Object... args) {
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The device key tests use for {@code deviceId}: fixed per device id, as a workstation keeps its own
     * (docs/decisions/0013). A hostile client names a device with any other key.
     */
    public static String deviceKey(String deviceId) {
        byte[] digest = cat.teixit.sync.protocol.Hashing.sha256()
                .digest(("test-device-key:" + deviceId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** A transport as {@code username} from {@code deviceId}, to {@code url} (the server, or a proxy in front of it). */
    public static HttpSyncTransport transport(URI url, String username, String deviceId) {
        TransportConfig cfg = TransportConfig.defaults(url, deviceId, true).withDeviceKey(deviceKey(deviceId))
                .withRetries(4, Duration.ofMillis(20), Duration.ofMillis(200))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60));
        return new HttpSyncTransport(cfg, () -> new Credentials(username, PASSWORD.toCharArray()));
    }

    public HttpSyncTransport transport(String username, String deviceId) {
        return transport(url(), username, deviceId);
    }

    /** A workstation: a SQLite store, a transport and an engine. */
    public static final class Replica implements AutoCloseable {
        public final SqliteSyncStore store;
        public final HttpSyncTransport transport;
        public final SyncEngine engine;

        public Replica(SqliteSyncStore store, HttpSyncTransport transport, SyncEngine engine) {
            this.store = store;
            this.transport = transport;
            this.engine = engine;
        }

        public SyncReport sync() {
            transport.resetCancellation();
            return engine.syncOnce(SyncProgressListener.NONE, new CancellationToken());
        }

        @Override
        public void close() {
            store.close();
            transport.close();
        }
    }

    public Replica replica(Path dir, String username, String deviceId) {
        return replica(dir, url(), username, deviceId, SyncEngineConfig.defaults(), CrashPoints.NONE);
    }

    public static Replica replica(Path dir, URI url, String username, String deviceId, SyncEngineConfig config,
            CrashPoints crash) {
        SqliteSyncStore store = new SqliteSyncStore(dir.resolve(deviceId + ".db"), deviceId);
        HttpSyncTransport transport = transport(url, username, deviceId);
        return new Replica(store, transport, new SyncEngine(transport, store, config, crash));
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
