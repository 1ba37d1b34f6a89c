package cat.teixit.logic.signature;

import cat.teixit.logic.settings.Preferences;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys a workstation seals with: the organisation's signing key and certificate chain, and the custodian's
 * certificate (public part only) that pen data is encrypted for.
 *
 * <p>Settings (README, Configuration): {@code signature.keystore} (a PKCS#12 with the organisation's key),
 * {@code signature.keystorePasswordFile} or {@code signature.keystorePasswordEnv} (where its password is;
 * default: the environment variable {@code TEIXIT_SEAL_PASSWORD}), {@code signature.keyAlias} (default: the
 * first key entry) and {@code signature.custodianCertificate} (PEM or DER). Without a key store or without a
 * custodian certificate, demo ones are made on first use in {@code signature/} of the data directory: a
 * self-signed organisation certificate and a custodian key pair, in PKCS#12 files protected by a random
 * password kept beside them readable by the owner only. Demo keys are for trials, never for real cases.
 *
 * @param signingKey the organisation's private key
 * @param chain      its certificate first, then any issuers
 * @param custodian  the certificate pen data is encrypted for
 * @param demo       true when either part is a demo key
 */
public record SealKeys(PrivateKey signingKey, List<X509Certificate> chain, X509Certificate custodian, boolean demo) {

    /** Settings keys (not translation keys, although the pad's texts share the prefix). */
    private static final String SETTINGS = "signature.";
    public static final String KEYSTORE = SETTINGS + "keystore";
    public static final String KEYSTORE_PASSWORD_FILE = SETTINGS + "keystorePasswordFile";
    public static final String KEYSTORE_PASSWORD_ENV = SETTINGS + "keystorePasswordEnv";
    public static final String KEY_ALIAS = SETTINGS + "keyAlias";
    public static final String CUSTODIAN_CERTIFICATE = SETTINGS + "custodianCertificate";
    public static final String DEFAULT_PASSWORD_ENV = "TEIXIT_SEAL_PASSWORD";

    /** Demo files, in the data directory. */
    public static final String DEMO_DIR = "signature";
    static final String DEMO_ORGANISATION = "organisation.p12";
    static final String DEMO_CUSTODIAN = "custodian.p12";
    static final String DEMO_CUSTODIAN_CERT = "custodian.crt";
    static final String DEMO_PASSWORD = "keystore.password";

    private static final Logger LOG = LoggerFactory.getLogger(SealKeys.class);

    public SealKeys {
        chain = List.copyOf(chain);
        if (signingKey == null || chain.isEmpty() || custodian == null) {
            throw new IllegalArgumentException("signing key, certificate and custodian certificate are required");
        }
    }

    /** The organisation's certificate. */
    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /**
     * The keys of a data directory, per its settings; demo keys are made on first use.
     *
     * @param env the environment (for the password variable)
     * @throws IOException with a message for the IT person when a configured key store or certificate
     *                     cannot be read
     */
    public static synchronized SealKeys load(Preferences prefs, Path dataDir, Map<String, String> env) throws IOException {
        String store = prefs.get(KEYSTORE, "").strip();
        String custodianPath = prefs.get(CUSTODIAN_CERTIFICATE, "").strip();
        boolean demo = store.isEmpty() || custodianPath.isEmpty();
        Path demoDir = dataDir.resolve(DEMO_DIR);
        if (demo) {
            ensureDemo(demoDir);
        }
        try {
            KeyStore.PrivateKeyEntry org;
            if (store.isEmpty()) {
                org = entry(demoDir.resolve(DEMO_ORGANISATION), demoPassword(demoDir), null);
            } else {
                org = entry(Path.of(store), password(prefs, env), prefs.get(KEY_ALIAS, "").strip());
            }
            X509Certificate custodian = custodianPath.isEmpty() ? readCertificate(demoDir.resolve(DEMO_CUSTODIAN_CERT))
                    : readCertificate(Path.of(custodianPath));
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : org.getCertificateChain()) {
                chain.add((X509Certificate) c);
            }
            return new SealKeys(org.getPrivateKey(), chain, custodian, demo);
        } catch (GeneralSecurityException e) {
            throw new IOException("The signature keys cannot be read: " + e.getMessage(), e);
        }
    }

    /** The demo custodian's private key (to show decryption in a trial; it never exists in production). */
    public static PrivateKey demoCustodianKey(Path dataDir) throws IOException {
        Path dir = dataDir.resolve(DEMO_DIR);
        try {
            return entry(dir.resolve(DEMO_CUSTODIAN), demoPassword(dir), null).getPrivateKey();
        } catch (GeneralSecurityException e) {
            throw new IOException("The demo custodian key cannot be read: " + e.getMessage(), e);
        }
    }

    private static char[] password(Preferences prefs, Map<String, String> env) throws IOException {
        String file = prefs.get(KEYSTORE_PASSWORD_FILE, "").strip();
        if (!file.isEmpty()) {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                throw new IOException("The key store password file is empty: " + file);
            }
            return lines.getFirst().toCharArray();
        }
        String var = prefs.get(KEYSTORE_PASSWORD_ENV, DEFAULT_PASSWORD_ENV).strip();
        String value = env.get(var);
        if (value == null) {
            throw new IOException("The key store password is not set: define the environment variable " + var
                    + " or the setting " + KEYSTORE_PASSWORD_FILE);
        }
        return value.toCharArray();
    }

    private static KeyStore.PrivateKeyEntry entry(Path file, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        if (!Files.isReadable(file)) {
            throw new IOException("The key store cannot be read: " + file);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        } catch (IOException e) {
            throw new IOException("The key store cannot be read (wrong password, or not a PKCS#12): " + file, e);
        }
        for (String a : Collections.list(ks.aliases())) {
            if ((alias == null || alias.isEmpty() || alias.equals(a)) && ks.isKeyEntry(a)) {
                Key key = ks.getKey(a, password);
                if (key instanceof PrivateKey pk) {
                    return new KeyStore.PrivateKeyEntry(pk, ks.getCertificateChain(a));
                }
            }
        }
        throw new IOException("No private key " + (alias == null || alias.isEmpty() ? "" : "'" + alias + "' ") + "in " + file);
    }

    /** Reads a PEM or DER X.509 certificate. */
    static X509Certificate readCertificate(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException("The custodian certificate cannot be read: " + file);
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
        } catch (GeneralSecurityException e) {
            throw new IOException("Not an X.509 certificate: " + file, e);
        }
    }

    private static char[] demoPassword(Path dir) throws IOException {
        return Files.readString(dir.resolve(DEMO_PASSWORD), StandardCharsets.UTF_8).strip().toCharArray();
    }

    private static void ensureDemo(Path dir) throws IOException {
        if (Files.exists(dir.resolve(DEMO_ORGANISATION)) && Files.exists(dir.resolve(DEMO_CUSTODIAN_CERT))) {
            return;
        }
        Files.createDirectories(dir);
        LOG.info("Making demo signature keys in {}", dir);
        char[] password = Crypto.randomPassword().toCharArray();
        Path pass = dir.resolve(DEMO_PASSWORD);
        Files.deleteIfExists(pass);
        try {
            Files.createFile(pass, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(pass);
        }
        Files.writeString(pass, new String(password), StandardCharsets.UTF_8);
        try {
            Crypto.KeyPairAndCert org = Crypto.selfSigned("CN=Teixit demo seal, O=Teixit demo (not for real cases), C=ES",
                    KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
            Crypto.KeyPairAndCert custodian = Crypto.selfSigned(
                    "CN=Teixit demo pen-data custodian, O=Teixit demo (not for real cases), C=ES",
                    KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);
            writeStore(dir.resolve(DEMO_ORGANISATION), org, password);
            writeStore(dir.resolve(DEMO_CUSTODIAN), custodian, password);
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(custodian.cert().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Files.writeString(dir.resolve(DEMO_CUSTODIAN_CERT), pem, StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IOException("Demo signature keys could not be made: " + e.getMessage(), e);
        }
    }

    private static void writeStore(Path file, Crypto.KeyPairAndCert kc, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("seal", kc.keys().getPrivate(), password, new Certificate[] {kc.cert()});
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, password);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
