package cat.teixit.logic.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.signature.VerificationReport.Status;
import cat.teixit.persistence.SettingsFile;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production keys from the settings: a PKCS#12 with its password from an environment variable or a file, an
 * alias, the custodian's certificate only; clear messages when one is missing or wrong; an EC seal key (whose
 * signatures vary in size) seals to the exact reservation too.
 */
class SealKeysTest {

    @TempDir
    Path dir;

    private Preferences settings(Map<String, String> values) {
        Preferences p = new Preferences(new SettingsFile(dir));
        values.forEach(p::set);
        return p;
    }

    @Test
    void aConfiguredKeyStoreAndCustodianCertificateAreUsedAndNoDemoKeyIsMade() throws Exception {
        KeyPair ec = ecKeys();
        X509Certificate sealCert = selfSigned(ec, "SHA256withECDSA", "CN=Ajuntament de Prova, O=Serveis Socials");
        Path store = pkcs12(dir.resolve("seal.p12"), "council", ec, sealCert, "s3cret!");
        Crypto.KeyPairAndCert custodian = Crypto.selfSigned("CN=Custodi", KeyUsage.keyEncipherment);
        Path custodianDer = Files.write(dir.resolve("custodian.der"), custodian.cert().getEncoded());
        Preferences prefs = settings(Map.of(SealKeys.KEYSTORE, store.toString(), SealKeys.KEY_ALIAS, "council",
                SealKeys.CUSTODIAN_CERTIFICATE, custodianDer.toString(), SealKeys.KEYSTORE_PASSWORD_ENV, "SEAL_PW"));

        SealKeys keys = SealKeys.load(prefs, dir, Map.of("SEAL_PW", "s3cret!"));
        assertThat(keys.demo()).isFalse();
        assertThat(keys.certificate()).isEqualTo(sealCert);
        assertThat(keys.custodian()).isEqualTo(custodian.cert());
        assertThat(dir.resolve(SealKeys.DEMO_DIR)).doesNotExist();

        DocumentSealer sealer = new DocumentSealer(keys, Clock.systemUTC());
        byte[] pdf = SealFixtures.pdfA3b("Consentiment", 1);
        for (int i = 0; i < 8; i++) {
            pdf = sealer.seal(pdf, SealFixtures.signature("Signant " + i, i % 2 == 0 ? SignerRole.PERSON : SignerRole.PROFESSIONAL));
        }
        VerificationReport r = new SignatureVerifier().verify(pdf);
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.VALID);
        assertThat(r.signatures()).hasSize(8).allMatch(s -> s.sealedBy().contains("Ajuntament de Prova"));
        java.util.List<PenData> pens = PenDataReader.read(pdf, custodian.keys().getPrivate(), custodian.cert());
        assertThat(pens).hasSize(8);
        assertThat(pens.getFirst().signature()).isEqualTo(SealFixtures.signature("Signant 0", SignerRole.PERSON));
        assertThat(pens.getLast().signature()).isEqualTo(SealFixtures.signature("Signant 7", SignerRole.PROFESSIONAL));

        Path pw = Files.writeString(dir.resolve("pw.txt"), "s3cret!\n");
        prefs.set(SealKeys.KEYSTORE_PASSWORD_FILE, pw.toString());
        assertThat(SealKeys.load(prefs, dir, Map.of()).certificate()).isEqualTo(sealCert);
    }

    @Test
    void aMissingOrWrongPasswordOrFileIsExplained() throws Exception {
        KeyPair ec = ecKeys();
        Path store = pkcs12(dir.resolve("seal.p12"), "council", ec, selfSigned(ec, "SHA256withECDSA", "CN=Prova"), "right");
        Path custodian = Files.write(dir.resolve("c.der"), Crypto.selfSigned("CN=C", KeyUsage.keyEncipherment).cert().getEncoded());
        Preferences prefs = settings(Map.of(SealKeys.KEYSTORE, store.toString(), SealKeys.CUSTODIAN_CERTIFICATE,
                custodian.toString()));
        assertThatThrownBy(() -> SealKeys.load(prefs, dir, Map.of())).isInstanceOf(IOException.class)
                .hasMessageContaining("TEIXIT_SEAL_PASSWORD");
        assertThatThrownBy(() -> SealKeys.load(prefs, dir, Map.of("TEIXIT_SEAL_PASSWORD", "wrong")))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot be read");
        prefs.set(SealKeys.KEY_ALIAS, "other");
        assertThatThrownBy(() -> SealKeys.load(prefs, dir, Map.of("TEIXIT_SEAL_PASSWORD", "right")))
                .isInstanceOf(IOException.class).hasMessageContaining("No private key 'other'");
        prefs.set(SealKeys.KEY_ALIAS, "");
        prefs.set(SealKeys.CUSTODIAN_CERTIFICATE, dir.resolve("none.pem").toString());
        assertThatThrownBy(() -> SealKeys.load(prefs, dir, Map.of("TEIXIT_SEAL_PASSWORD", "right")))
                .isInstanceOf(IOException.class).hasMessageContaining("custodian certificate cannot be read");
        prefs.set(SealKeys.CUSTODIAN_CERTIFICATE, Files.writeString(dir.resolve("bad.pem"), "hola").toString());
        assertThatThrownBy(() -> SealKeys.load(prefs, dir, Map.of("TEIXIT_SEAL_PASSWORD", "right")))
                .isInstanceOf(IOException.class).hasMessageContaining("Not an X.509 certificate");
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static X509Certificate selfSigned(KeyPair kp, String alg, String subject) throws Exception {
        X500Name name = new X500Name(subject);
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(86_400)), name, kp.getPublic())
                .build(new JcaContentSignerBuilder(alg).build(kp.getPrivate())));
    }

    private static Path pkcs12(Path file, String alias, KeyPair kp, X509Certificate cert, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(alias, kp.getPrivate(), password.toCharArray(), new Certificate[] {cert});
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password.toCharArray());
        }
        return file;
    }
}
