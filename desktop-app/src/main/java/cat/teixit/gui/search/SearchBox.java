package cat.teixit.gui.search;

import cat.teixit.gui.common.I18n;
import cat.teixit.logic.search.PersonHit;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;

/**
 * The header's search box (Ctrl+K): results drop down as you type; arrows move, Enter opens,
 * Escape clears. Use from the FX thread.
 */
public final class SearchBox {

    private final TextField field = new TextField();
    private final ListView<PersonHit> list = new ListView<>();
    private final Popup popup = new Popup();
    private static final double ROW_HEIGHT = 44;
    private static final int MAX_ROWS = 8;

    private final SearchViewModel vm;
    private final Consumer<PersonHit> open;

    /** @param open opens what a result stands for (its case file, or the person) */
    public SearchBox(SearchViewModel vm, I18n i18n, Consumer<PersonHit> open) {
        this.vm = vm;
        this.open = open;
        field.setId("search-field");
        field.promptTextProperty().bind(i18n.bind("search.prompt"));
        field.setPrefWidth(440);
        field.textProperty().bindBidirectional(vm.query);
        list.setId("search-results");
        list.setCellFactory(lv -> new PersonHitCell(i18n));
        list.setItems(vm.results);
        list.setPrefWidth(560);
        // As tall as its results (a row is about 40 px: a name and a line of details), up to eight of them:
        // one result in a 360 px list read as a result over four empty rows.
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(ROW_HEIGHT * MAX_ROWS, ROW_HEIGHT * Math.max(1, vm.results.size())) + 6, vm.results));
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("search.none"));
        list.setPlaceholder(empty);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        vm.results.addListener((ListChangeListener<PersonHit>) c -> showOrHide());
        vm.query.addListener((o, a, b) -> showOrHide());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) {
                PersonHit sel = list.getSelectionModel().getSelectedItem();
                open(sel != null ? sel : vm.results.isEmpty() ? null : vm.results.getFirst());
                k.consume();
            } else if (k.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
                k.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && list.getSelectionModel().getSelectedItem() != null) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void onFieldKey(KeyEvent k) {
        switch (k.getCode()) {
            case DOWN -> {
                if (!vm.results.isEmpty()) {
                    showOrHide();
                    list.requestFocus();
                    list.getSelectionModel().selectFirst();
                    list.getFocusModel().focus(0);
                    list.scrollTo(0);
                }
                k.consume();
            }
            case ENTER -> {
                if (!vm.results.isEmpty()) {
                    open(vm.results.getFirst());
                }
                k.consume();
            }
            case ESCAPE -> {
                vm.clear();
                popup.hide();
                k.consume();
            }
            default -> {
            }
        }
    }

    private void showOrHide() {
        boolean show = !vm.query.get().isBlank() && field.getScene() != null && field.isFocused()
                || list.isFocused();
        if (show && !popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        } else if (!show && popup.isShowing()) {
            popup.hide();
        }
    }

    private void open(PersonHit hit) {
        if (hit == null) {
            return;
        }
        popup.hide();
        vm.clear();
        open.accept(hit);
    }

    public Node node() {
        return field;
    }

    /** Ctrl+K / Ctrl+F: put the cursor in the box, text selected. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
