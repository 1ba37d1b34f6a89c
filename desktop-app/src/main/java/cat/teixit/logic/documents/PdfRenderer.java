package cat.teixit.logic.documents;

import cat.teixit.logic.settings.Language;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import cat.teixit.logic.signature.ReservedFields;
import cat.teixit.logic.signature.SignerRole;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.Box;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import com.openhtmltopdf.util.Diagnostic;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * XHTML to PDF/A-3b: openhtmltopdf's layout on PDFBox, with the bundled DejaVu Sans faces embedded (PDF/A
 * has no built-in fonts: text in a face not registered would be silently dropped, so every element uses the
 * bundled family and a render that reports a warning fails) and the sRGB colour profile. Thread-safe.
 */
final class PdfRenderer {

    static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = Layout.bytes("/documents/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = Layout.bytes("/documents/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = Layout.bytes("/documents/fonts/DejaVuSans-Oblique.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The three faces, parsed; a parsed font is read while a document is saved, so each thread has its own. */
    private record Faces(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont oblique) {
        static Faces parse() {
            try {
                return new Faces(ttf(REGULAR), ttf(BOLD), ttf(OBLIQUE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static TrueTypeFont ttf(byte[] bytes) throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(bytes)));
        }

        /**
         * The font with its GSUB table renamed, so that it is ignored: PDFBox applies glyph substitution (ligatures)
         * to every string it draws when a font has one, through regular expressions, and that was most of the time
         * of a long document. Catalan, Spanish and English need no substitution: every character has its own glyph.
         */
        static byte[] withoutGlyphSubstitution(byte[] ttf) {
            byte[] copy = ttf.clone();
            int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
            for (int i = 0; i < tables; i++) {
                int at = 12 + 16 * i;
                if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                    copy[at] = 'x';
                    copy[at + 1] = 's';
                    copy[at + 2] = 'u';
                    copy[at + 3] = 'b';
                }
            }
            return copy;
        }
    }

    private static final ThreadLocal<Faces> FACES = ThreadLocal.withInitial(Faces::parse);

    static {
        // The layout engine would print its progress and warnings on the console (java.util.logging): each render's
        // diagnostics go to the consumer below instead, and a serious one fails the render with its message.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Silent());
    }

    /** Logs nothing; diagnostics still reach a render's consumer. */
    private static final class Silent implements com.openhtmltopdf.util.XRLogger {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    }

    /** The layout engine reported a problem (a missing font, an image it could not read...): no PDF is made. */
    static final class RenderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RenderException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Ids of the boxes a template marks as a signer's line. */
    private static final Pattern SIGNATURE_BOX = Pattern.compile("signature-(person|professional)");
    /** The height of a signature above its line: 20 mm, in PDF units. */
    private static final float SIGNATURE_HEIGHT = 20 / 25.4f * 72;

    /** The PDF/A-3b bytes of {@code body} in the council's page layout. */
    byte[] render(String body, String title, Language language, String documentId, Layout.Council council) {
        return render(body, title, language, documentId, council, null);
    }

    /** The same, with {@code painter} (or null) drawing in the boxes it names once they are laid out. */
    byte[] render(String body, String title, Language language, String documentId, Layout.Council council,
            BoxPainter painter) {
        String page = Layout.page(body, title, language, documentId, council);
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            // The faces are parsed once per thread and embedded (as subsets) in each new document.
            PDDocument doc = new PDDocument();
            b.usePDDocument(doc);
            Faces faces = FACES.get();
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, faces.regular(), true)), FAMILY, 400, FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, faces.bold(), true)), FAMILY, 700, FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, faces.oblique(), true)), FAMILY, 400, FontStyle.ITALIC, true);
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
            b.useColorProfile(SRGB);
            b.withProducer("Teixit");
            b.useFastMode();
            // No line ends after an elided article ("d’ / acollida") nor inside "l·l".
            b.useUnicodeLineBreaker(new LineBreaks());
            b.withDiagnosticConsumer(d -> {
                if (serious(d)) {
                    warnings.add(d.getFormattedMessage());
                }
            });
            // Nothing is fetched from outside the document: the logo is inline.
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withHtmlContent(page, "about:blank");
            try (PdfBoxRenderer r = b.buildPdfRenderer()) {
                r.layout();
                try (PDDocument made = r.createPDFKeepOpen()) {
                    reserveSignatureFields(made, r.findPagePositionsByID(SIGNATURE_BOX));
                    if (painter != null) {
                        paint(made, r.findPagePositionsByID(painter.ids()), painter, faces);
                    }
                    made.save(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new RenderException("the layout failed: " + e.getMessage(), e);
        }
        if (!warnings.isEmpty()) {
            throw new RenderException("the layout reported: " + String.join("; ", warnings), null);
        }
        return out.toByteArray();
    }

    /**
     * A signature field above each signer's line ({@code <div class="signature-line" id="signature-person">}), the
     * height of the space the layout leaves there, so the pad's strokes are drawn where a pen would sign.
     */
    private static void reserveSignatureFields(PDDocument doc, List<PagePosition<Box>> boxes) throws IOException {
        for (PagePosition<Box> p : boxes) {
            SignerRole role = ReservedFields.roleOf(p.getId());
            if (role != null && p.getPageNo() >= 0 && p.getPageNo() < doc.getNumberOfPages()) {
                // The box starts at the line: the field takes the space above it (its top margin, 22 mm).
                float top = p.getY() + p.getHeight();
                ReservedFields.reserve(doc, role, p.getPageNo(),
                        new PDRectangle(p.getX(), top, p.getWidth(), SIGNATURE_HEIGHT));
            }
        }
    }

    /** Lets {@code painter} draw in each of its boxes, on the page the layout put it, in the document's faces. */
    private static void paint(PDDocument doc, List<PagePosition<Box>> boxes, BoxPainter painter, Faces faces)
            throws IOException {
        if (boxes.isEmpty()) {
            return;
        }
        org.apache.pdfbox.pdmodel.font.PDFont regular = PDType0Font.load(doc, faces.regular(), true);
        org.apache.pdfbox.pdmodel.font.PDFont bold = PDType0Font.load(doc, faces.bold(), true);
        for (PagePosition<Box> p : boxes) {
            if (p.getPageNo() < 0 || p.getPageNo() >= doc.getNumberOfPages()) {
                continue;
            }
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
                    doc.getPage(p.getPageNo()), org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                painter.paint(p.getId(), cs, new PDRectangle(p.getX(), p.getY(), p.getWidth(), p.getHeight()), regular,
                        bold);
            }
        }
    }

    /**
     * A warning or worse, except the one paginated tables always log ("no content limit found": the layout of a
     * table header repeated on the next page; the page is laid out right, as the pagination test shows).
     */
    private static boolean serious(Diagnostic d) {
        return d.getLevel().intValue() >= Level.WARNING.intValue()
                && !"LAYOUT_NO_CONTENT_LIMIT_FOUND".equals(String.valueOf(d.getLogMessageId()));
    }
}
