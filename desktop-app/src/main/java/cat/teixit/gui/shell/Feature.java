package cat.teixit.gui.shell;

import java.util.List;
import javafx.scene.Node;

/**
 * What one feature (case files, sync, settings, and later agenda, documents...) adds to the main window
 * for the user who logged in: sidebar areas, window-wide shortcuts, home-screen cards, controls in the
 * header. Opened by its {@link Slice} at login, started once the window shows, stopped at log-out or
 * quit. Use from the FX thread.
 */
public interface Feature {

    /** A feature that adds {@code areas} to the window and nothing else. */
    static Feature of(Area... areas) {
        List<Area> list = List.of(areas);
        return new Feature() {
            @Override
            public List<Area> areas() {
                return list;
            }
        };
    }

    /** Sidebar areas, in order (the shell adds Home first and puts areas marked at the bottom last). */
    default List<Area> areas() {
        return List.of();
    }

    /** Shortcuts besides the areas' own, listed on the F1 sheet. */
    default List<Shortcut> shortcuts() {
        return List.of();
    }

    /** Cards for the home screen, after the greeting. */
    default List<HomeCard> homeCards() {
        return List.of();
    }

    /** Controls for the header, after the brand (the search box). */
    default List<Node> headerItems() {
        return List.of();
    }

    /** The window shows: background work may start. */
    default void start() {
    }

    /** The user leaves (log-out, quit): stop timers and listeners. */
    default void stop() {
    }
}
