package cat.teixit.gui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

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

    /** A secondary button, flat: another way out of the screen. */
    public static Button flatButton(String id, I18n i18n, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.getStyleClass().add(Styles.FLAT);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The password field of a credential screen with its label, the refusal under it and the button that sends it. */
    public record PasswordRow(Label label, PasswordField field, Label error, Button submit) {
    }

    /**
     * The password row of {@code form}: the field ({@code prefix-password}) bound both ways to its password, the
     * translated refusal ({@code prefix-error}) and the main button ({@code prefix-submit}, {@code submitKey}),
     * disabled while the form is busy, doing {@code submit}.
     */
    public static PasswordRow passwordRow(CredentialForm form, I18n i18n, String prefix, String submitKey,
            Runnable submit) {
        PasswordField field = new PasswordField();
        Label label = fieldLabel(i18n, "login.password", field);
        field.setId(prefix + "-password");
        field.textProperty().bindBidirectional(form.password);
        Label error = errorLabel(prefix + "-error", i18n.bindKey(form.errorKey));
        Button button = primaryButton(prefix + "-submit", i18n, submitKey, form.busy, submit);
        return new PasswordRow(label, field, error, button);
    }

    /** The card a credential screen is drawn on, put on {@code root} (centred, of a fixed width). */
    public static VBox card(StackPane root, Node... children) {
        VBox card = new VBox(10, children);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(380);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        return card;
    }
}
