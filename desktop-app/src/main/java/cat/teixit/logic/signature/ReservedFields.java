package cat.teixit.logic.signature;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Empty signature fields a document reserves where each signer signs (above their name), so the sealer draws
 * their strokes there ({@link SignerRole#fieldName()}). PDF/A-3 allows them: printed widget, an (empty) normal
 * appearance. Not thread-safe: works on one open document.
 */
public final class ReservedFields {

    private ReservedFields() {
    }

    /** The role whose signature field is named (or whose box in a template has the id) {@code name}, or null. */
    public static SignerRole roleOf(String name) {
        for (SignerRole r : SignerRole.values()) {
            if (r.fieldName().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Reserves an empty signature field for {@code role} on page {@code pageIndex} at {@code rect} (PDF units,
     * from the page's lower-left corner). A role keeps its first field: a second box for it is ignored.
     */
    public static void reserve(PDDocument doc, SignerRole role, int pageIndex, PDRectangle rect) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
        }
        if (form.getField(role.fieldName()) != null) {
            return;
        }
        PDPage page = doc.getPage(pageIndex);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(role.fieldName());
        PDAnnotationWidget widget = field.getWidgets().getFirst();
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceStream empty = new PDAppearanceStream(doc);
        empty.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        PDAppearanceDictionary ap = new PDAppearanceDictionary();
        ap.setNormalAppearance(empty);
        widget.setAppearance(ap);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }
}
