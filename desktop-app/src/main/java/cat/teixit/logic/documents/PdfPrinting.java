package cat.teixit.logic.documents;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a PDF through the system's printing: the system's print dialog (printer, copies, pages) and
 * its print queue. Off the FX thread: the dialog is the system's own and the job blocks until spooled.
 * Thread-safe (no state).
 */
public final class PdfPrinting {

    /** What became of a print request. */
    public enum Outcome {
        /** Sent to the printer's queue. */
        PRINTED,
        /** The user closed the print dialog without printing. */
        CANCELLED,
        /** This computer has no printer (none installed, or no print system). */
        NO_PRINTER
    }

    private PdfPrinting() {
    }

    /** Shows the system's print dialog for {@code pdf} and prints what the user chooses there. */
    public static Outcome printWithDialog(Path pdf, String jobName) {
        if (GraphicsEnvironment.isHeadless() || PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return Outcome.NO_PRINTER;
        }
        return print(() -> Loader.loadPDF(pdf.toFile()), jobName, null, true);
    }

    /** Shows the system's print dialog for the PDF {@code pdf} (in memory: no copy on the disk). */
    public static Outcome printWithDialog(byte[] pdf, String jobName) {
        if (GraphicsEnvironment.isHeadless() || PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
            return Outcome.NO_PRINTER;
        }
        return print(() -> Loader.loadPDF(pdf), jobName, null, true);
    }

    /** Prints {@code pdf} on {@code service} without asking (tests, batch letters). */
    public static Outcome print(Path pdf, String jobName, PrintService service) {
        return print(() -> Loader.loadPDF(pdf.toFile()), jobName, service, false);
    }

    /** Loads the document to print. */
    @FunctionalInterface
    private interface Source {
        PDDocument load() throws IOException;
    }

    private static Outcome print(Source pdf, String jobName, PrintService service, boolean dialog) {
        try (PDDocument doc = pdf.load()) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (service != null) {
                job.setPrintService(service);
            }
            if (dialog && !job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        } catch (PrinterException e) {
            throw new IllegalStateException("printing failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
