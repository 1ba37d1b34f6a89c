package cat.teixit.gui.shell;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A Home card that lists links under its title and a one-line summary (today's appointments, my case files); the
 * feature fills {@link #summary} and {@link #lines} on each refresh. Use from the FX thread.
 */
public abstract class LinksCard implements HomeCard {

    /** What the card lists, in one line (how many, how many late). */
    protected final Label summary = new Label();
    /** The links, one a line. */
    protected final VBox lines = new VBox(2);
    private final VBox root = new VBox(6);

    /** @param id the id of the list of links; the summary's is {@code id + "-summary"} */
    protected LinksCard(I18n i18n, String titleKey, AppIcon icon, String id) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(i18n.bind(titleKey));
        title.setGraphic(icon.node(18));
        summary.setId(id + "-summary");
        lines.setId(id);
        root.getChildren().addAll(title, summary, lines);
        root.getStyleClass().add("card");
    }

    @Override
    public final Node node() {
        return root;
    }
}
