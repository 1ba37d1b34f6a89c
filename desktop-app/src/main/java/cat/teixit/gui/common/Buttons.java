package cat.teixit.gui.common;

import cat.teixit.gui.icon.AppIcon;
import javafx.scene.control.Button;

/** The screens' plain buttons. Use from the FX thread. */
public final class Buttons {

    private Buttons() {
    }

    /** A button {@code id} with the translated text {@code key} (following the language), doing {@code action}. */
    public static Button action(I18n i18n, String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** As {@link #action(I18n, String, String, Runnable)}, with {@code icon} (none when null) before the text. */
    public static Button action(I18n i18n, String id, String key, AppIcon icon, Runnable action) {
        Button b = action(i18n, id, key, action);
        if (icon != null) {
            b.setGraphic(icon.node(16));
        }
        return b;
    }
}
