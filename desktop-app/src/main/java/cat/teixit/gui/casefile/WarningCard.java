package cat.teixit.gui.casefile;

import cat.teixit.gui.icon.AppIcon;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A card above the person form that takes room only while it has something to say (a conflict, people who could be
 * the same): a warning line, then what its owner adds. Use from the FX thread.
 */
final class WarningCard {

    private final VBox box = new VBox(6);

    WarningCard(String id) {
        box.setId(id);
        box.getStyleClass().add("card");
        hide();
    }

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
