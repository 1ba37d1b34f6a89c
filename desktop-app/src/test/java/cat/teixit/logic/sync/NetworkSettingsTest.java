package cat.teixit.logic.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proxy and the trusted certificates of the managed settings reach the sync's connections. */
class NetworkSettingsTest {

    @TempDir
    Path dir;

    private Preferences prefs(String managed) throws Exception {
        Path f = dir.resolve("teixit.properties");
        Files.writeString(f, managed, StandardCharsets.UTF_8);
        return new Preferences(new SettingsFile(dir), new ManagedSettingsFile(f));
    }

    @Test
    void theManagedProxyBecomesTheProcesssProxyAndAMalformedOneIsIgnored() throws Exception {
        List<String> keys = List.of("http.proxyHost", "http.proxyPort", "https.proxyHost", "https.proxyPort",
                "http.nonProxyHosts");
        String[] before = keys.stream().map(System::getProperty).toArray(String[]::new);
        try {
            keys.forEach(System::clearProperty);
            NetworkSettings.applyProxy(prefs("net.proxy=proxy.salt.cat\nlocked=net.proxy\n"));
            assertThat(System.getProperty("https.proxyHost")).isNull();
            NetworkSettings.applyProxy(prefs("net.proxy=proxy.salt.cat:3128\nnet.noProxy=localhost, *.salt.cat\n"));
            assertThat(System.getProperty("https.proxyHost")).isEqualTo("proxy.salt.cat");
            assertThat(System.getProperty("https.proxyPort")).isEqualTo("3128");
            assertThat(System.getProperty("http.proxyPort")).isEqualTo("3128");
            assertThat(System.getProperty("http.nonProxyHosts")).isEqualTo("localhost|*.salt.cat");
        } finally {
            for (int i = 0; i < keys.size(); i++) {
                if (before[i] == null) {
                    System.clearProperty(keys.get(i));
                } else {
                    System.setProperty(keys.get(i), before[i]);
                }
            }
        }
    }

    @Test
    void anInternalAuthorityIsTrustedBesidesTheSystemsOnes() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair kp = g.generateKeyPair();
        X500Name name = new X500Name("CN=CA interna de l'Ajuntament de Prova");
        Instant now = Instant.now();
        X509Certificate ca = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                kp.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate())));
        Path pem = dir.resolve("ca.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);

        X509TrustManager trust = NetworkSettings.trustManager(prefs("net.trustedCertificates=" + pem + "\n")).orElseThrow();
        assertThat(Arrays.asList(trust.getAcceptedIssuers())).contains(ca);
        assertThat(trust.getAcceptedIssuers().length).isGreaterThan(1);
        assertThat(SyncSettings.from(prefs("sync.serverUrl=https://teixit.salt.cat\nnet.trustedCertificates=" + pem + "\n"))
                .trust()).isNotNull();
        // no setting: the system's; an unreadable file: the system's, logged
        assertThat(NetworkSettings.trustManager(prefs(""))).isEmpty();
        assertThat(NetworkSettings.trustManager(prefs("net.trustedCertificates=" + dir.resolve("missing.pem") + "\n")))
                .isEmpty();
    }
}
