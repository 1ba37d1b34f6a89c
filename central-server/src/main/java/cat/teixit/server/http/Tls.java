package cat.teixit.server.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector of the server: TLS 1.2+ with the certificate of a key store file. Thread-safe. */
public final class Tls {

    /** A key store holding the server's private key and certificate chain. Immutable. */
    public record KeyStoreFile(Path path, String password) {
        public KeyStoreFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(password, "password");
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("key store not readable: " + path);
            }
        }

        @Override
        public String toString() {
            return "KeyStoreFile[" + path + "]";
        }
    }

    private Tls() {
    }

    static Connector connector(Server server, HttpConfiguration http, KeyStoreFile keyStore, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keyStore.path().toAbsolutePath().toString());
        ssl.setKeyStorePassword(keyStore.password());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients reach the server by IP in trials; the certificate still has to be trusted.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
