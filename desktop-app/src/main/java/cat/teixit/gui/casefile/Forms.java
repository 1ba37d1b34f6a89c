package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.I18n;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small pieces shared by the case-file panes: titles, converters, error text, a records tab. Use from the FX thread. */
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

    /**
     * A tab of case records (plan, referrals, consents), scrolled: the title {@code newKey} and the {@code form} for a
     * new record, both only while {@code vm} is editable, the tab's error line, then {@code below} (the list);
     * {@code show} is given the records again each time they change.
     */
    static <T> ScrollPane recordsTab(CaseRecordsViewModel<T> vm, I18n i18n, String newKey, Node form,
            Consumer<List<T>> show, Node... below) {
        VBox box = new VBox(10, editing(title(i18n, newKey), vm.editable), editing(form, vm.editable),
                errorLine(vm.error));
        box.getChildren().addAll(below);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        vm.items.addListener((ListChangeListener<T>) c -> show.accept(vm.items));
        // None at all changes no list: once read, the tab says there are none.
        vm.loaded.addListener((o, was, now) -> show.accept(vm.items));
        return scroll;
    }

    /** {@code list} shows a card for each of {@code records}, or the text {@code noneKey} when there is none. */
    static <T> void cards(VBox list, List<T> records, I18n i18n, String noneKey, Function<T, Node> card) {
        list.getChildren().clear();
        if (records.isEmpty()) {
            list.getChildren().add(label(i18n, noneKey));
        }
        for (T r : records) {
            list.getChildren().add(card.apply(r));
        }
    }
}
