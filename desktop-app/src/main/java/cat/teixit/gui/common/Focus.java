package cat.teixit.gui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

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
}
