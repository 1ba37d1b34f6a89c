package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.catalogue.CodeEntry;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
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

    /** {@code node} (a form, an action) shows only while {@code editable}: not on a case file granted read only. */
    static <N extends Node> N editing(N node, javafx.beans.value.ObservableBooleanValue editable) {
        node.visibleProperty().bind(editable);
        node.managedProperty().bind(editable);
        return node;
    }

    /** The tab's error line, showing the view model's last failure. */
    static Label errorLine(javafx.beans.value.ObservableStringValue error) {
        Label l = errorLabel();
        l.textProperty().bind(error);
        return l;
    }

    static StringConverter<CodeEntry> codes(I18n i18n) {
        return converter(c -> c.label(i18n.language()));
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return Choices.shown(text);
    }

    /** A table column with a translated header showing a text made from each row. */
    static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
