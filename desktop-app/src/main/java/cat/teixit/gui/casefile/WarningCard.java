package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A card above the person form that takes room only while it has something to say (a conflict, people who could be
 * the same): a warning line, then what the kind of card adds. It follows one value of the form's model and shows it
 * again whenever it changes. Use from the FX thread.
 *
 * @param <T> what the card shows (null: nothing)
 */
abstract class WarningCard<T> {

    private final VBox box = new VBox(6);
    protected final PersonFormViewModel vm;
    protected final I18n i18n;

    WarningCard(String id, PersonFormViewModel vm, I18n i18n, ObservableValue<T> shown) {
        this.vm = vm;
        this.i18n = i18n;
        box.setId(id);
        box.getStyleClass().add("card");
        hide();
        shown.addListener((o, was, now) -> update(now));
    }

    /** Shows {@code value}, or hides the card when there is nothing to say. */
    protected abstract void update(T value);

    Node node() {
        return box;
    }

    /** Empty and out of the way. */
    void hide() {
        box.getChildren().clear();
        CaseFileHeader.shown(box, false);
    }

    /** Shows the card with only the line {@code text} in {@code style}; returns the card, to add the rest to. */
    VBox show(String text, String style) {
        Label head = new Label(text);
        head.setWrapText(true);
        head.setGraphic(AppIcon.WARNING.node(16));
        head.getStyleClass().add(style);
        box.getChildren().setAll(head);
        CaseFileHeader.shown(box, true);
        return box;
    }
}
