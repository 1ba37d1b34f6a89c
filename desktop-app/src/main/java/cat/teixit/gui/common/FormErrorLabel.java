package cat.teixit.gui.common;

import atlantafx.base.theme.Styles;
import cat.teixit.logic.common.ValidationErrors;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;

/**
 * The line under a form that says what was refused: each field's problem after the field's name, then a failure
 * that is not a field's; hidden while there is nothing to say. Use from the FX thread.
 */
public final class FormErrorLabel {

    private FormErrorLabel() {
    }

    /**
     * @param fieldKey the translation key of a field's name, or null to show its problem alone
     */
    public static Label of(String id, I18n i18n, ObservableMap<String, ValidationErrors.Problem> errors,
            ObservableValue<String> failureKey, Function<String, String> fieldKey) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.DANGER);
        label.setWrapText(true);
        Runnable show = () -> {
            StringBuilder sb = new StringBuilder();
            errors.forEach((field, p) -> {
                String name = fieldKey.apply(field);
                if (name != null) {
                    sb.append(i18n.t(name)).append(": ");
                }
                sb.append(i18n.t(p.key(), p.args())).append('\n');
            });
            if (failureKey.getValue() != null) {
                sb.append(i18n.t(failureKey.getValue()));
            }
            label.setText(sb.toString().strip());
        };
        errors.addListener((MapChangeListener<String, ValidationErrors.Problem>) c -> show.run());
        failureKey.addListener((o, a, b) -> show.run());
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
