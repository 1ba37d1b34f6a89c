package cat.teixit.gui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Gives focus to a node as soon as it is really on screen (tab contents arrive a pulse later). */
public final class Focus {

    private Focus() {
    }

    public static void whenShown(Node node) {
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        };
        node.sceneProperty().addListener(once);
    }

    /**
     * Tab and Shift+Tab leave {@code area} for the next or previous field, as in every other field of a form (a text
     * area would otherwise type a tab character, and a keyboard user could not get past a note); returns it.
     */
    public static TextArea tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        return area;
    }

    /**
     * When {@code table} is reached with the keyboard (Tab, Shift+Tab) and no row is chosen, its first row is chosen
     * (and so focused): the arrows then move from a row the user sees, and Enter acts on it. A click chooses the row
     * clicked instead. Returns the table.
     */
    public static <T> TableView<T> firstRowOnKeyboardFocus(TableView<T> table) {
        table.focusVisibleProperty().addListener((obs, was, now) -> {
            if (now && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                table.scrollTo(0);
            }
        });
        return table;
    }

    /**
     * A button disabled while it has the focus (the work it started runs) loses it at the next pulse (JavaFX moves it
     * on to the next control it finds, here into the tables); when the button is enabled again, the focus comes back
     * to it, seen as it was (with its ring if the keyboard had put it there), so a keyboard user carries on from where
     * they were; unless they are typing in a field meanwhile. Returns the button.
     */
    public static <B extends ButtonBase> B keptAcrossItsWork(B button) {
        boolean[] back = new boolean[2]; // it had the focus when disabled; the focus was seen
        button.disabledProperty().addListener((obs, was, disabled) -> {
            if (disabled) {
                back[0] = button.isFocused();
                back[1] = button.isFocusVisible();
                return;
            }
            Node owner = button.getScene() == null ? null : button.getScene().getFocusOwner();
            if (!back[0] || owner instanceof TextInputControl) {
                back[0] = false;
                return;
            }
            back[0] = false;
            button.requestFocus();
            if (back[1]) {
                // Focus is seen only when it moved with the keyboard's traversal: to the control before, and back.
                button.requestFocusTraversal(TraversalDirection.PREVIOUS);
                Node previous = button.getScene().getFocusOwner();
                if (previous != null && previous != button) {
                    previous.requestFocusTraversal(TraversalDirection.NEXT);
                }
                if (!button.isFocused()) {
                    button.requestFocus();
                }
            }
        });
        return button;
    }

    /** Scrolls the nearest scroll pane around {@code node} so that the node is in view. */
    public static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
                return;
            }
        }
    }
}
