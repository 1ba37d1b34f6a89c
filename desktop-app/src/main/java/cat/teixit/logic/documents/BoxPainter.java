package cat.teixit.logic.documents;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws vector graphics (a chart) in boxes that a page's XHTML leaves empty ({@code <div id="chart-3"
 * style="height: 60mm">}), after the layout, with PDFBox's path and text operators: no raster image, and the text
 * in the document's own embedded face, so the PDF stays PDF/A-3b.
 */
public interface BoxPainter {

    /** The ids of the boxes it draws in. */
    Pattern ids();

    /**
     * Draws in box {@code id}, whose place on its page is {@code box} (PDF units, origin bottom left), on
     * {@code page} (a content stream appended to the page's), writing text in {@code regular} or {@code bold}.
     */
    void paint(String id, PDPageContentStream page, PDRectangle box, PDFont regular, PDFont bold) throws IOException;
}
