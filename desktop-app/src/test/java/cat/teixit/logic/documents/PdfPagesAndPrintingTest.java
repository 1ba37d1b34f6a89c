package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.StreamPrintService;
import javax.print.StreamPrintServiceFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPagesAndPrintingTest {

    @TempDir
    Path dir;

    /** Two A4 pages, the first with a black box in its top-left corner. */
    private static byte[] twoPages() throws Exception {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                if (i == 0) {
                    try (var cs = new PDPageContentStream(doc, page)) {
                        cs.addRect(0, PDRectangle.A4.getHeight() - 72, 72, 72);
                        cs.fill();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pagesRenderAtTheAskedResolutionWithTheirContent() throws Exception {
        List<PdfPages.Page> pages = PdfPages.render(twoPages(), 72, 10);

        assertThat(pages).hasSize(2);
        PdfPages.Page first = pages.getFirst();
        // A4 at 72 dpi is 595 x 842 points (the renderer rounds down).
        assertThat(first.width()).isBetween(594, 596);
        assertThat(first.height()).isBetween(841, 843);
        // The box is black in the top-left inch, the rest is white.
        assertThat(first.argb()[10 * first.width() + 10] & 0xffffff).isZero();
        assertThat(first.argb()[400 * first.width() + 300] & 0xffffff).isEqualTo(0xffffff);
        assertThat(Arrays.stream(pages.get(1).argb()).allMatch(p -> (p & 0xffffff) == 0xffffff)).isTrue();
        assertThat(PdfPages.render(twoPages(), 72, 1)).hasSize(1);
        assertThat(PdfPages.count(twoPages())).isEqualTo(2);
    }

    @Test
    void aPdfPrintsEveryPageOnTheChosenPrinter() throws Exception {
        Path pdf = Files.write(dir.resolve("carta.pdf"), twoPages());
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).isNotEmpty();
        var spooled = new ByteArrayOutputStream();
        StreamPrintService printer = factories[0].getPrintService(spooled);

        assertThat(PdfPrinting.print(pdf, "Carta", printer)).isEqualTo(PdfPrinting.Outcome.PRINTED);

        String ps = spooled.toString(StandardCharsets.ISO_8859_1);
        assertThat(ps).startsWith("%!PS").contains("%%Page: 1 1", "%%Page: 2 2").doesNotContain("%%Page: 3");
    }

    @Test
    void withoutADisplayOrPrinterTheDialogSaysThereIsNoPrinter() throws Exception {
        // Tests run headless (java.awt.headless=true): no dialog can be shown, so nothing is printed.
        Path pdf = Files.write(dir.resolve("carta.pdf"), twoPages());
        assertThat(PdfPrinting.printWithDialog(pdf, "Carta")).isEqualTo(PdfPrinting.Outcome.NO_PRINTER);
    }
}
