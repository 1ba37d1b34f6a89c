package cat.teixit.logic.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as pixels, for a preview on screen. Off the FX thread: rendering a page takes tens of
 * milliseconds. Thread-safe (no state).
 */
public final class PdfPages {

    /** One rendered page: its size in pixels and its pixels as ARGB, row by row. */
    public record Page(int width, int height, int[] argb) {
    }

    private PdfPages() {
    }

    /**
     * Renders at most {@code maxPages} pages of {@code pdf} at {@code dpi} dots per inch (96 is a page
     * at its real size on a common screen).
     */
    public static List<Page> render(byte[] pdf, float dpi, int maxPages) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
            int n = Math.min(maxPages, doc.getNumberOfPages());
            List<Page> pages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BufferedImage img = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                int w = img.getWidth();
                int h = img.getHeight();
                pages.add(new Page(w, h, img.getRGB(0, 0, w, h, null, 0, w)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pages {@code pdf} has. */
    public static int count(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
