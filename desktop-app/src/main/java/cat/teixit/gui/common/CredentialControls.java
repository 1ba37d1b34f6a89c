package cat.teixit.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The pieces the login, the password change and the lock screen share. Use from the FX thread. */
public final class CredentialControls {

    private CredentialControls() {
    }

    /** A label naming {@code target} (for screen readers and mnemonics). */
    public static Label fieldLabel(I18n i18n, String key, Node target) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(target);
        return l;
    }

    /** The translation of {@code key}'s current value, or empty while it is null. */
    public static StringBinding translated(ObservableValue<String> key, I18n i18n) {
        return Bindings.createStringBinding(() -> key.getValue() == null ? "" : i18n.t(key.getValue()), key,
                i18n.shownLanguage());
    }

    /** A message in the danger colour that takes no room while {@code text} is empty. */
    public static Label errorLabel(String id, ObservableValue<String> text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(text);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** The screen's main button, full width, disabled while {@code busy}. */
    public static Button primaryButton(String id, I18n i18n, String key, ObservableBooleanValue busy, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.getStyleClass().add(Styles.ACCENT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(busy);
        b.setOnAction(e -> action.run());
        return b;
    }
}
