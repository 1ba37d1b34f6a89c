package cat.teixit.logic.sync;

import cat.teixit.logic.settings.Preferences;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this workstation reaches the central server through a council's network: the proxy ({@value #PROXY},
 * {@value #NO_PROXY}) and the certificate authorities trusted besides the system's ({@value #TRUSTED_CERTIFICATES}),
 * usually set by the IT department in the managed settings file. Stateless.
 */
public final class NetworkSettings {

    /** {@code host:port} of the HTTP(S) proxy; none: direct connections. */
    public static final String PROXY = "net.proxy";
    /** Hosts reached without the proxy, comma-separated ({@code *.example.cat} allowed). */
    public static final String NO_PROXY = "net.noProxy";
    /** A PEM file of certificates (an internal certificate authority) trusted besides the system's. */
    public static final String TRUSTED_CERTIFICATES = "net.trustedCertificates";

    private static final Logger LOG = LoggerFactory.getLogger(NetworkSettings.class);

    private NetworkSettings() {
    }

    /**
     * Sends this process's HTTP(S) connections through the proxy of {@value #PROXY} (the JDK's proxy properties,
     * which the sync transport follows). An unusable value is logged and leaves connections direct.
     */
    public static void applyProxy(Preferences preferences) {
        String proxy = preferences.get(PROXY, "").strip();
        if (proxy.isEmpty()) {
            return;
        }
        int colon = proxy.lastIndexOf(':');
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(proxy.substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            port = -1;
        }
        String host = colon > 0 ? proxy.substring(0, colon) : "";
        if (port < 1 || port > 65535 || host.isBlank() || host.contains("/")) {
            LOG.warn("Setting {} is not host:port; connections stay direct", PROXY);
            return;
        }
        for (String scheme : List.of("http", "https")) {
            System.setProperty(scheme + ".proxyHost", host);
            System.setProperty(scheme + ".proxyPort", Integer.toString(port));
        }
        String noProxy = preferences.get(NO_PROXY, "").strip();
        if (!noProxy.isEmpty()) {
            System.setProperty("http.nonProxyHosts", String.join("|", noProxy.split("\\s*,\\s*")));
        }
        LOG.info("Connections go through the proxy {}:{}", host, port);
    }

    /**
     * The system's certificate authorities plus those of {@value #TRUSTED_CERTIFICATES}; empty when the setting is
     * not there. A file that cannot be read is logged and only the system's authorities are trusted.
     */
    public static Optional<X509TrustManager> trustManager(Preferences preferences) {
        String file = preferences.get(TRUSTED_CERTIFICATES, "").strip();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(trusting(Path.of(file)));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.warn("Setting {}: the certificates cannot be read ({}); only the system's authorities are trusted",
                    TRUSTED_CERTIFICATES, e.getMessage());
            return Optional.empty();
        }
    }

    /** A trust manager accepting what the system's authorities or the certificates in {@code pem} accept. */
    static X509TrustManager trusting(Path pem) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> extra;
        try (InputStream in = Files.newInputStream(pem)) {
            extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (extra.isEmpty()) {
            throw new CertificateException("no certificate in the file");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (X509TrustManager system : trustManagers(null)) {
            for (X509Certificate ca : system.getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + i++, ca);
            }
        }
        for (Certificate c : extra) {
            store.setCertificateEntry("managed-" + i++, c);
        }
        return trustManagers(store).getFirst();
    }

    private static List<X509TrustManager> trustManagers(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        List<X509TrustManager> out = new ArrayList<>();
        for (TrustManager t : f.getTrustManagers()) {
            if (t instanceof X509TrustManager x) {
                out.add(x);
            }
        }
        return out;
    }
}
