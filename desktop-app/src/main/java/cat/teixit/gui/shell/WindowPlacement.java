package cat.teixit.gui.shell;

import cat.teixit.logic.settings.WindowGeometry;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the application's window opens (as it was left, on a screen still there) and how it was left. */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /** Places {@code stage} as {@code g} remembers it, within the screen it opens on. */
    public static void restore(Stage stage, WindowGeometry g) {
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        var bounds = Screen.getPrimary().getVisualBounds();
        boolean remembered = g.hasPosition() && !Screen.getScreensForRectangle(g.x(), g.y(), 100, 100).isEmpty();
        if (remembered) {
            bounds = Screen.getScreensForRectangle(g.x(), g.y(), 100, 100).getFirst().getVisualBounds();
        }
        // Never larger than the screen it opens on (council laptops are 1366x768).
        stage.setWidth(Math.min(g.width(), bounds.getWidth()));
        stage.setHeight(Math.min(g.height(), bounds.getHeight()));
        if (remembered) {
            stage.setX(Math.max(bounds.getMinX(), Math.min(g.x(), bounds.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(bounds.getMinY(), Math.min(g.y(), bounds.getMaxY() - stage.getHeight())));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(g.maximized());
    }

    /** Where {@code stage} is now, to remember. */
    public static WindowGeometry of(Stage stage) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
