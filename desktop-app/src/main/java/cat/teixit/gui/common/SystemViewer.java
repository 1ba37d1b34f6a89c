package cat.teixit.gui.common;

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
}
