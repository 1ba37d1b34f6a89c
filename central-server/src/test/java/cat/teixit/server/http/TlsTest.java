package cat.teixit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.server.testing.TestServer;
import cat.teixit.sync.client.CancellationToken;
import cat.teixit.sync.client.CrashPoints;
import cat.teixit.sync.client.SyncEngine;
import cat.teixit.sync.client.SyncEngineConfig;
import cat.teixit.sync.client.SyncNetworkException;
import cat.teixit.sync.client.http.Credentials;
import cat.teixit.sync.client.http.HttpSyncTransport;
import cat.teixit.sync.client.http.TransportConfig;
import cat.teixit.sync.client.testing.SqliteSyncStore;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over HTTPS with its own certificate: trusted when configured, refused otherwise. */
class TlsTest {

    private static TestServer server;
    private static SyncServer https;
    private static X509TrustManager trust;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = new TestServer();
        Path keyStore = dir.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", "test-secret")
                .redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        https = new SyncServer(server.db(), new PasswordHasher(256, 1, 1),
                ServerSettings.defaults().withTls(new Tls.KeyStoreFile(keyStore, "test-secret")), Clock.systemUTC())
                .start("127.0.0.1", 0);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, "test-secret".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        trust = (X509TrustManager) tmf.getTrustManagers()[0];
    }

    @AfterAll
    static void stop() {
        https.close();
        server.close();
    }

    private static TransportConfig config() {
        return TransportConfig.defaults(URI.create("https://127.0.0.1:" + https.port()), "dev-tls")
                .withDeviceKey(TestServer.deviceKey("dev-tls"))
                .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void aWorkstationTrustingTheServersCertificateSyncsOverHttps(@TempDir Path dir) {
        HttpSyncTransport t = new HttpSyncTransport(config().withTrustManager(trust),
                () -> new Credentials("laia", TestServer.PASSWORD.toCharArray()));
        try (SqliteSyncStore store = new SqliteSyncStore(dir.resolve("ws.db"), "dev-tls")) {
            store.create("person", "GIR-N", Map.of("name", "over TLS"));
            new SyncEngine(t, store, SyncEngineConfig.defaults(), CrashPoints.NONE).syncOnce(p -> { },
                    new CancellationToken());
            assertThat(store.pendingCount()).isZero();
        } finally {
            t.close();
        }
    }

    @Test
    void anUnknownCertificateIsRefused() {
        HttpSyncTransport t = new HttpSyncTransport(config(),
                () -> new Credentials("laia", TestServer.PASSWORD.toCharArray()));
        assertThatThrownBy(t::session).isInstanceOf(SyncNetworkException.class);
        t.close();
    }
}
