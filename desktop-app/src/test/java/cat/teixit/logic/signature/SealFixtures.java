package cat.teixit.logic.signature;

import cat.teixit.bench.SealSamples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.SettingsFile;

/** What the signature tests share: a small PDF/A-3b, a signature as a pen draws it, demo keys made once, veraPDF. */
public final class SealFixtures {

    private static Path keysDir;
    private static boolean veraReady;

    private SealFixtures() {
    }

    /** A data directory with demo keys, made once per test JVM (RSA key generation takes a second). */
    public static synchronized Path demoDataDir() throws IOException {
        if (keysDir == null) {
            keysDir = Files.createTempDirectory("teixit-seal-keys");
            Path made = keysDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.walk(made)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary directory left behind
                }
            }));
            SealKeys.load(new Preferences(new SettingsFile(keysDir)), keysDir, Map.of());
        }
        return keysDir;
    }

    /** A signature service on the shared demo keys. */
    public static SignatureService demoService() throws IOException {
        Path dir = demoDataDir();
        return new SignatureService(new Preferences(new SettingsFile(dir)), dir, Map.of(), java.time.Clock.systemUTC());
    }

    public static SealKeys demoKeys() throws IOException {
        Path dir = demoDataDir();
        return SealKeys.load(new Preferences(new SettingsFile(dir)), dir, Map.of());
    }

    /** A PDF/A-3b of {@code pages} pages of Catalan text, titled {@code title}. */
    public static byte[] pdfA3b(String title, int pages) throws IOException {
        return SealSamples.pdfA3b(title, pages);
    }

    /** A signature of two strokes as a pen would give it (250 points a second, some with pressure). */
    public static CapturedSignature signature(String name, SignerRole role) {
        return SampleSignature.of(name, role);
    }

    /** The signatures in the document's pen data, decrypted with the demo custodian's key, in signing order. */
    public static List<CapturedSignature> decryptedPenData(byte[] pdf) throws Exception {
        return PenDataReader.read(pdf, SealKeys.demoCustodianKey(demoDataDir()), demoKeys().custodian()).stream()
                .map(PenData::signature).toList();
    }

    /** EU DSS's format of each signature it finds intact and valid (B-level), in its order. */
    public static List<String> dssIntactFormats(byte[] pdf) {
        var validator = eu.europa.esig.dss.validation.SignedDocumentValidator.fromDocument(
                new eu.europa.esig.dss.model.InMemoryDocument(pdf));
        validator.setCertificateVerifier(new eu.europa.esig.dss.spi.validation.CommonCertificateVerifier());
        var reports = validator.validateDocument();
        var diagnostic = reports.getDiagnosticData();
        return reports.getSimpleReport().getSignatureIdList().stream()
                .filter(id -> diagnostic.getSignatureById(id).isSignatureIntact()
                        && diagnostic.getSignatureById(id).isSignatureValid()
                        && diagnostic.getSignatureById(id).isBLevelTechnicallyValid())
                .map(id -> reports.getSimpleReport().getSignatureFormat(id).name())
                .toList();
    }

    /** veraPDF's failed rules for PDF/A-3b (empty: compliant). */
    public static List<String> pdfA3bFailures(byte[] pdf) throws Exception {
        synchronized (SealFixtures.class) {
            if (!veraReady) {
                VeraGreenfieldFoundryProvider.initialise();
                veraReady = true;
            }
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult r = validator.validate(parser);
            return r.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().toList();
        }
    }
}
