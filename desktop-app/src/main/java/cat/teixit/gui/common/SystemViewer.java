package cat.teixit.gui.common;

import cat.teixit.logic.documents.PdfPrinting;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file (a PDF to read or print) in the system's viewer. */
@FunctionalInterface
public interface SystemViewer {

    /**
     * The desktop's viewer for the file's type, when the system has one (a desktop without an application for the
     * type, or without the helper that finds it, counts as none).
     */
    SystemViewer DESKTOP = file -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        try {
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    };

    /** Opens {@code file}; false when there is no viewer to open it with. */
    boolean open(Path file);

    /** What became of a printout: opened in the viewer, sent to a printer, left (dialog cancelled), or only saved. */
    enum Shown { OPENED, PRINTED, CANCELLED, SAVED }

    /**
     * Shows a printout: in the viewer; without one, through the system's print dialog; without a printer either, it is
     * only saved (the caller says where). Off the FX thread.
     */
    default Shown showOrPrint(Path file) {
        if (open(file)) {
            return Shown.OPENED;
        }
        return switch (PdfPrinting.printWithDialog(file, file.getFileName().toString())) {
            case PRINTED -> Shown.PRINTED;
            case CANCELLED -> Shown.CANCELLED;
            case NO_PRINTER -> Shown.SAVED;
        };
    }

    /** The key of what to tell the user after {@link #showOrPrint} ({@code {0}}: the file), or null for nothing. */
    static String message(Shown shown) {
        return switch (shown) {
            case OPENED, CANCELLED -> null;
            case PRINTED -> "workbench.printed";
            case SAVED -> "agenda.print.saved";
        };
    }
}
