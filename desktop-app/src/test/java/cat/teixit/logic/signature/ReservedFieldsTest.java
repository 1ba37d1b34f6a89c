package cat.teixit.logic.signature;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.signature.VerificationReport.Status;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;

/**
 * A template that reserves a signature field per role ({@code signature-person}, {@code signature-professional}):
 * each signer's strokes go into their field, the second signature fills the second empty field (an update the
 * verifier accepts: an empty signature field getting its value), and the result is still PDF/A-3b.
 */
class ReservedFieldsTest {

    @Test
    void eachSignerFillsTheFieldReservedForTheirRole() throws Exception {
        byte[] template = withReservedFields(SealFixtures.pdfA3b("Consentiment informat", 1));
        assertThat(SealFixtures.pdfA3bFailures(template)).isEmpty();
        DocumentSealer sealer = new DocumentSealer(SealFixtures.demoKeys(), Clock.systemUTC());
        byte[] once = sealer.seal(template, SealFixtures.signature("Núria Pagès Muñoz", SignerRole.PERSON));
        byte[] twice = sealer.seal(once, SealFixtures.signature("Laia Ferrer", SignerRole.PROFESSIONAL));

        VerificationReport r = new SignatureVerifier().verify(twice);
        assertThat(r.status()).as(r.detail()).isEqualTo(Status.VALID);
        assertThat(SealFixtures.pdfA3bFailures(twice)).isEmpty();
        assertThat(SealFixtures.dssIntactFormats(twice)).containsExactly("PAdES_BASELINE_B", "PAdES_BASELINE_B");
        try (PDDocument doc = Loader.loadPDF(twice)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.getFields()).hasSize(2);
            PDSignatureField person = (PDSignatureField) form.getField("signature-person");
            PDSignatureField professional = (PDSignatureField) form.getField("signature-professional");
            assertThat(person.getSignature().getName()).isEqualTo("Núria Pagès Muñoz");
            assertThat(professional.getSignature().getName()).isEqualTo("Laia Ferrer");
            PDAnnotationWidget w = person.getWidgets().getFirst();
            assertThat(w.getRectangle().getLowerLeftX()).isEqualTo(60f);
            assertThat(new String(w.getAppearance().getNormalAppearance().getAppearanceStream().getContentStream()
                    .toByteArray(), java.nio.charset.StandardCharsets.US_ASCII)).contains(" l\n").contains("S\n");
        }
    }

    /** Two empty signature fields on the first page, as a document template would reserve them. */
    static byte[] withReservedFields(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            float x = 60;
            for (SignerRole role : List.of(SignerRole.PERSON, SignerRole.PROFESSIONAL)) {
                PDSignatureField field = new PDSignatureField(form);
                field.setPartialName(role.fieldName());
                PDAnnotationWidget widget = field.getWidgets().getFirst();
                widget.setRectangle(new PDRectangle(x, 120, 220, 70));
                widget.setPage(page);
                widget.setPrinted(true);
                PDAppearanceStream empty = new PDAppearanceStream(doc);
                empty.setBBox(new PDRectangle(220, 70));
                PDAppearanceDictionary ap = new PDAppearanceDictionary();
                ap.setNormalAppearance(empty);
                widget.setAppearance(ap);
                page.getAnnotations().add(widget);
                form.getFields().add(field);
                x += 260;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
