package cat.teixit.gui.common;

import javafx.scene.Node;

/**
 * A {@link View} drawn in one root node, with the listeners it keeps only while it is shown: {@link #activate()}
 * attaches {@link #shown} and then runs {@link #onShown()}; {@link #deactivate()} detaches them and then runs
 * {@link #onHidden()}. Use from the FX thread.
 *
 * @param <N> the root's type, for the subclass to fill it
 */
public abstract class NodeView<N extends Node> implements View {

    /** The view's node. */
    protected final N root;
    /** The listeners kept while shown; name them in the constructor. */
    protected final WhileShown shown = new WhileShown();

    protected NodeView(N root) {
        this.root = root;
    }

    @Override
    public final Node node() {
        return root;
    }

    @Override
    public final void activate() {
        shown.attach();
        onShown();
    }

    @Override
    public final void deactivate() {
        shown.detach();
        onHidden();
    }

    /** What the view does each time it is shown, after its listeners are attached. */
    protected void onShown() {
    }

    /** What the view does each time it is hidden or closed, after its listeners are detached. */
    protected void onHidden() {
    }
}
