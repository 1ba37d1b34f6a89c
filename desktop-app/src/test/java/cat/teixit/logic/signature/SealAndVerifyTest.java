package cat.teixit.logic.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.signature.VerificationReport.Status;
import cat.teixit.persistence.SettingsFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF/A-3b sealed for the person, then the professional: EU DSS sees two PAdES-BASELINE-B signatures, veraPDF
 * still a PDF/A-3b, the verifier a valid document; the pen data decrypts only with the custodian's key to the
 * strokes captured, bound to the document's hash; any changed byte, any update that is not a signature and any
 * unsigned change to a signature dictionary makes the document invalid.
 */
class SealAndVerifyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:20:00Z");
    private static byte[] original;
    private static byte[] once;
    private static byte[] twice;
    private static DocumentSealer sealer;
    private final SignatureVerifier verifier = new SignatureVerifier();

    @BeforeAll
    static void seal() throws Exception {
        sealer = new DocumentSealer(SealFixtures.demoKeys(), Clock.fixed(NOW, ZoneOffset.UTC));
        original = SealFixtures.pdfA3b("Pla d’intervenció", 2);
        once = sealer.seal(original, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON));
        twice = sealer.seal(once, SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL));
    }

    @Test
    void twoSignersMakeAValidDocumentSayingWhoWhenAndWhat() {
        assertThat(verifier.verify(original).status()).isEqualTo(Status.NO_SEAL);
        VerificationReport r = verifier.verify(twice);
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.VALID);
        assertThat(r.document().title()).isEqualTo("Pla d’intervenció");
        assertThat(r.document().pages()).isEqualTo(2);
        assertThat(r.document().contentSha256()).isEqualTo(Crypto.hex(Crypto.sha256(original)));
        assertThat(r.signatures()).extracting(VerificationReport.Signature::signer).containsExactly("Núria Pagès Muñoz", "Laia Ferrer");
        assertThat(r.signatures()).extracting(VerificationReport.Signature::role)
                .containsExactly(SignerRole.PERSON, SignerRole.PROFESSIONAL);
        assertThat(r.signatures()).allSatisfy(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.signedAt()).isEqualTo(NOW);
            assertThat(s.sealedBy()).contains("Teixit demo seal");
        });
        assertThat(verifier.verify(once).status()).isEqualTo(Status.VALID);
    }

    @Test
    void euDssConfirmsEachSignatureAsPadesBaselineB() {
        assertThat(SealFixtures.dssIntactFormats(twice)).containsExactly("PAdES_BASELINE_B", "PAdES_BASELINE_B");
        byte[] changed = twice.clone();
        changed[100] ^= 1;
        assertThat(SealFixtures.dssIntactFormats(changed)).isEmpty();
    }

    @Test
    void theSealedDocumentIsStillPdfA3b() throws Exception {
        assertThat(SealFixtures.pdfA3bFailures(original)).isEmpty();
        assertThat(SealFixtures.pdfA3bFailures(twice)).isEmpty();
    }

    @Test
    void penDataDecryptsOnlyWithTheCustodiansKeyToTheCapturedStrokesBoundToTheDocument() throws Exception {
        List<byte[]> envelopes = PenDataReader.envelopes(twice);
        assertThat(envelopes).hasSize(2);
        SealKeys keys = SealFixtures.demoKeys();
        var custodianKey = SealKeys.demoCustodianKey(SealFixtures.demoDataDir());
        PenData person = PenData.parse(PenDataEnvelope.decrypt(envelopes.get(0), custodianKey, keys.custodian()));
        PenData professional = PenData.parse(PenDataEnvelope.decrypt(envelopes.get(1), custodianKey, keys.custodian()));
        assertThat(person.signature()).isEqualTo(SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON));
        assertThat(person.documentSha256()).isEqualTo(Crypto.hex(Crypto.sha256(original)));
        assertThat(professional.signature()).isEqualTo(SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL));
        assertThat(professional.documentSha256()).isEqualTo(Crypto.hex(Crypto.sha256(once)));

        var g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        assertThatThrownBy(() -> PenDataEnvelope.decrypt(envelopes.get(0), g.generateKeyPair().getPrivate(), keys.custodian()))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> PenDataEnvelope.decrypt(envelopes.get(0), keys.signingKey(), keys.custodian()))
                .isInstanceOf(java.io.IOException.class);
        byte[] tampered = envelopes.get(0).clone();
        tampered[tampered.length - 40] ^= 1;
        assertThatThrownBy(() -> PenDataEnvelope.decrypt(tampered, custodianKey, keys.custodian()))
                .isInstanceOf(java.io.IOException.class);
        assertThat(new String(twice, StandardCharsets.ISO_8859_1)).doesNotContain("\"strokes\"");
    }

    @Test
    void anyChangedByteMakesTheDocumentInvalid() {
        int[] br = lastByteRange(twice);
        List<Integer> positions = new ArrayList<>(List.of(100, original.length / 2, original.length - 20, once.length + 30,
                br[1] - 10, br[1] + 200, br[2] + 5, twice.length - 3));
        for (int i = 1; i < 40; i++) {
            positions.add((int) ((long) twice.length * i / 40));
        }
        for (int pos : positions) {
            byte[] changed = twice.clone();
            changed[pos] = (byte) (changed[pos] == '0' ? '1' : changed[pos] ^ 0x01);
            assertThat(verifier.verify(changed).status()).as("byte %d of %d", pos, twice.length).isNotEqualTo(Status.VALID);
        }
    }

    @Test
    void anUpdateThatIsNotASignatureIsAChangeAfterSigning() throws Exception {
        byte[] appended = (new String(twice, StandardCharsets.ISO_8859_1) + "%\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(verifier.verify(appended).status()).isEqualTo(Status.CHANGED_AFTER_SIGNING);

        byte[] noted = update(twice, doc -> {
            PDPage page = doc.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(100, 100, 20, 20));
            note.setContents("Import: 12.500,00 €");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        VerificationReport r = verifier.verify(noted);
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.CHANGED_AFTER_SIGNING);
        assertThat(r.signatures()).allMatch(VerificationReport.Signature::intact);

        // The same update between the two signatures: the professional's seal covers it, the person's does not.
        byte[] between = sealer.seal(update(once, doc -> {
            doc.getPage(0).getCOSObject().setItem(COSName.ROTATE, org.apache.pdfbox.cos.COSInteger.get(90));
            doc.getPage(0).getCOSObject().setNeedToBeUpdated(true);
        }), SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL));
        VerificationReport b = verifier.verify(between);
        assertThat(b.status()).as(b.detail()).isEqualTo(Status.CHANGED_AFTER_SIGNING);
    }

    @Test
    void anUnsignedChangeToASignatureDictionaryIsCaught() throws Exception {
        byte[] renamed = update(twice, doc -> {
            PDSignature first = doc.getSignatureDictionaries().getFirst();
            first.setName("Una altra persona");
            first.getCOSObject().setNeedToBeUpdated(true);
        });
        VerificationReport r = verifier.verify(renamed);
        assertThat(r.status()).as(r.detail()).isNotEqualTo(Status.VALID);
    }

    @Test
    void notAPdfNoSuchFileAndNoSeal(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.pdf"), "not a pdf");
        assertThat(verifier.verify(text).status()).isEqualTo(Status.NOT_PDF);
        Path broken = Files.write(dir.resolve("b.pdf"), "%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(broken).status()).isEqualTo(Status.NOT_PDF);
        assertThat(verifier.verify(dir.resolve("missing.pdf")).status()).isEqualTo(Status.NO_FILE);
        assertThat(verifier.verify(Files.write(dir.resolve("plain.pdf"), original)).status()).isEqualTo(Status.NO_SEAL);
    }

    @Test
    void theServiceSealsAFileInPlaceWithDemoKeysMadeOnFirstUse(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        SignatureService service = new SignatureService(new Preferences(new SettingsFile(data)), data, Map.of(),
                Clock.systemUTC());
        Path pdf = Files.write(dir.resolve("doc.pdf"), original);
        service.sign(pdf, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON), pdf);
        assertThat(service.verify(pdf).status()).isEqualTo(Status.VALID);
        assertThat(service.keys().demo()).isTrue();
        assertThat(data.resolve("signature/organisation.p12")).exists();
        assertThat(Files.getPosixFilePermissions(data.resolve("signature/keystore.password")).toString())
                .isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    private interface Change {
        void apply(PDDocument doc) throws Exception;
    }

    private static byte[] update(byte[] pdf, Change change) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            change.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static int[] lastByteRange(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getSignatureDictionaries().getLast().getByteRange();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
