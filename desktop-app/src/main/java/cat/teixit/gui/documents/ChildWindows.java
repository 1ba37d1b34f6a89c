package cat.teixit.gui.documents;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The documents area's windows: in front of the window that opened them, with its look. Use from the FX thread. */
public final class ChildWindows {

    private ChildWindows() {
    }

    /**
     * Puts {@code root} in {@code stage} at {@code width} x {@code height}, titled, owned by {@code owner} (modal to it)
     * with its style sheets; {@code shortcut} plus a key fires {@code button} while it is enabled (may be null).
     */
    public static Scene open(Stage stage, Parent root, Window owner, double width, double height, String title,
            KeyCode shortcut, Button button) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        if (shortcut != null) {
            scene.getAccelerators().put(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN), () -> {
                if (!button.isDisabled()) {
                    button.fire();
                }
            });
        }
        stage.setTitle(title);
        stage.setScene(scene);
        return scene;
    }
}
