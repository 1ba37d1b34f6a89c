package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/** Small pieces shared by the case-file panes: titles, converters, error text. Use from the FX thread. */
final class Forms {

    private Forms() {
    }

    static Label title(I18n i18n, String key) {
        Label l = new Label();
        l.getStyleClass().add(Styles.TITLE_4);
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /** The translated text of a failure: every field problem of a validation, or the general message. */
    static String describe(I18n i18n, Throwable e) {
        return describe(i18n, e, Map.of());
    }

    /**
     * As {@link #describe(I18n, Throwable)}, each field problem after the field's label when
     * {@code fieldLabels} names its key ("Àmbit: Cal omplir-ho."), so that two of them are told apart.
     */
    static String describe(I18n i18n, Throwable e, Map<String, String> fieldLabels) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ValidationException v) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, ValidationErrors.Problem> p : v.errors().byField().entrySet()) {
                String text = i18n.t(p.getValue().key(), p.getValue().args());
                String label = fieldLabels.get(p.getKey());
                sb.append(label == null ? text : i18n.t("demands.error.field", i18n.t(label), text)).append(' ');
            }
            return sb.toString().strip();
        }
        return i18n.t(ErrorKeys.of(t));
    }

    static StringConverter<CodeEntry> codes(I18n i18n) {
        return converter(c -> c.label(i18n.language()));
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A table column with a translated header showing a text made from each row. */
    static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
