package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import cat.teixit.gui.common.I18n;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The F1 sheet: every keyboard shortcut of the window, in the user's language. Use from the FX thread. */
public final class ShortcutSheet {

    /** One line of the sheet. */
    public record Entry(String labelKey, KeyCombination keys) {
    }

    private ShortcutSheet() {
    }

    /** The shortcuts of the window itself, listed after the features'. */
    static List<Entry> windowEntries() {
        return List.of(new Entry("shortcuts.closeTab", MainView.CLOSE_TAB),
                new Entry("shortcuts.nextTab", MainView.NEXT_TAB),
                new Entry("shortcuts.toggleTheme", MainView.TOGGLE_THEME),
                new Entry("shortcuts.logout", MainView.LOGOUT),
                new Entry("shortcuts.lockSession", SessionLock.LOCK),
                new Entry("shortcuts.help", MainView.HELP),
                new Entry("shortcuts.quit", MainView.QUIT),
                new Entry("shortcuts.close", new KeyCodeCombination(KeyCode.ESCAPE)));
    }

    /**
     * Shows the sheet over the window's content ({@code layers}, the scene's root): a framed card with
     * a shadow on a dimmed page, which Escape, F1 or a click beside it closes. Drawn inside the window,
     * so it looks the same with or without a window manager.
     */
    public static void show(StackPane layers, I18n i18n, List<Entry> entries) {
        if (layers.lookup("#shortcut-sheet") != null) {
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        Label title = new Label(i18n.t("shortcuts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        grid.add(title, 0, 0, 2, 1);
        int row = 1;
        for (Entry e : entries) {
            Label keys = new Label(e.keys().getDisplayText());
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "kbd");
            keys.setMinWidth(Region.USE_PREF_SIZE); // the keys are read whole; a long description wraps
            Label what = new Label(i18n.t(e.labelKey()));
            what.setWrapText(true);
            grid.add(keys, 0, row);
            grid.add(what, 1, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        // A short window (a laptop) scrolls the list rather than cutting it.
        scroll.maxHeightProperty().bind(layers.heightProperty().subtract(120));
        StackPane card = new StackPane(scroll);
        card.setId("shortcut-sheet");
        card.getStyleClass().add("sheet");
        card.setPadding(new Insets(20));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setFocusTraversable(true);
        StackPane scrim = new StackPane(card);
        scrim.getStyleClass().add("scrim");
        scrim.setPadding(new Insets(32));
        Node behind = layers.getChildren().getLast();
        Node focused = layers.getScene() == null ? null : layers.getScene().getFocusOwner();
        Runnable close = () -> {
            layers.getChildren().remove(scrim);
            behind.setDisable(false);
            if (focused != null) {
                focused.requestFocus();
            }
        };
        scrim.setOnMouseClicked(e -> {
            if (e.getTarget() == scrim) {
                close.run();
            }
        });
        scrim.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE || k.getCode() == KeyCode.F1) {
                close.run();
                k.consume();
            }
        });
        // The page behind is for looking at, not for typing into, while the sheet is open.
        behind.setDisable(true);
        layers.getChildren().add(scrim);
        card.requestFocus();
    }
}
