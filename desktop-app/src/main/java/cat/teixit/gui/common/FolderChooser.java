package cat.teixit.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks the user for a folder with the system's dialog. The system's dialog cannot be driven by a GUI test (it is not
 * a JavaFX window, and there is none without a desktop), so a test answers in its place ({@link #answerWith}). Use from
 * the FX thread.
 */
public final class FolderChooser {

    private static final BiFunction<Window, String, Path> SYSTEM = (owner, title) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner);
        return dir == null ? null : dir.toPath();
    };

    private static volatile BiFunction<Window, String, Path> answer = SYSTEM;

    private FolderChooser() {
    }

    /** The folder the user chose, titled {@code title} (translated); null when the dialog was cancelled. */
    public static Path ask(Window owner, String title) {
        return answer.apply(owner, title);
    }

    /** For GUI tests: answers every question with {@code answerer} (owner, title to folder); null: the system's dialog. */
    public static void answerWith(BiFunction<Window, String, Path> answerer) {
        answer = answerer == null ? SYSTEM : answerer;
    }
}
