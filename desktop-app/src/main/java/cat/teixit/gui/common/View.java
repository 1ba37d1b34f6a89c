package cat.teixit.gui.common;

import javafx.scene.Node;

/**
 * A piece of the interface with a lifecycle: listeners are added on {@link #activate()} and removed
 * on {@link #deactivate()}, so a window open all day does not leak. Use from the FX thread.
 */
public interface View {

    Node node();

    /** Called when the view is shown (again). */
    default void activate() {
    }

    /** Called when the view is hidden or closed. */
    default void deactivate() {
    }

    /** True when closing the view would lose what the user typed. */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** The user chose to close the view without saving: drop drafts and typed work. */
    default void discardChanges() {
    }
}
