package cat.teixit.gui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts owned by the main window. Use from the FX thread. */
public final class FxDialogService implements DialogService {

    private final I18n i18n;
    private final Supplier<Window> owner;

    public FxDialogService(I18n i18n, Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public void showError(String titleKey, String messageKey, Object... args) {
        alert(Alert.AlertType.ERROR, titleKey, messageKey, args).showAndWait();
    }

    @Override
    public void showInfo(String titleKey, String messageKey, Object... args) {
        alert(Alert.AlertType.INFORMATION, titleKey, messageKey, args).showAndWait();
    }

    @Override
    public boolean confirm(String titleKey, String messageKey, String confirmKey, Object... args) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, titleKey, messageKey, args);
        ButtonType yes = new ButtonType(i18n.t(confirmKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    private Alert alert(Alert.AlertType type, String titleKey, String messageKey, Object... args) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        alert.setTitle(i18n.t(titleKey));
        alert.setHeaderText(i18n.t(titleKey));
        alert.setContentText(i18n.t(messageKey, args));
        alert.getDialogPane().setMinWidth(420);
        acknowledgedIn(alert, i18n);
        return alert;
    }

    /**
     * Gives {@code alert} one button, «D’acord» in the user's language: JavaFX names its own OK after the system's
     * locale, so a Catalan user on an English system would read "OK" (and a Spanish one "Aceptar" in a Catalan UI).
     */
    public static void acknowledgedIn(Alert alert, I18n i18n) {
        alert.getButtonTypes().setAll(new ButtonType(i18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
    }
}
