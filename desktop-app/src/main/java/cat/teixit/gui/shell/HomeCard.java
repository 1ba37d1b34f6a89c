package cat.teixit.gui.shell;

import javafx.scene.Node;

/** A card a feature puts on the home screen; refreshed each time Home is shown. Use from the FX thread. */
public interface HomeCard {

    Node node();

    default void refresh() {
    }
}
