package cat.teixit.gui.documents;

import cat.teixit.logic.documents.PdfPages;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A document's pages one under the other, as on paper, in a scrolling pane; each page as wide as the
 * pane allows. Pages are rendered off the FX thread ({@link PdfPages}) and shown here. Use from the FX thread.
 */
public final class PdfPreview {

    private final VBox pages = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(pages);
    private final Label placeholder = new Label();

    public PdfPreview() {
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setStyle("-fx-background-color: -color-bg-subtle;");
        scroll.setFitToWidth(true);
        scroll.setId("pdf-preview");
        placeholder.setWrapText(true);
        pages.getChildren().setAll(placeholder);
    }

    /** Shows {@code rendered} in place of what was shown. */
    public void show(List<PdfPages.Page> rendered) {
        pages.getChildren().clear();
        for (PdfPages.Page p : rendered) {
            WritableImage image = new WritableImage(p.width(), p.height());
            image.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbInstance(), p.argb(), 0,
                    p.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(scroll.widthProperty().subtract(56));
            view.setEffect(new DropShadow(8, Color.gray(0, 0.3)));
            pages.getChildren().add(view);
        }
    }

    /** Shows a message instead of pages (nothing chosen yet, missing data, an error). */
    public void message(String text) {
        placeholder.setText(text);
        pages.getChildren().setAll(placeholder);
    }

    /** How many pages are shown. */
    public int shownPages() {
        return (int) pages.getChildren().stream().filter(ImageView.class::isInstance).count();
    }

    public Node node() {
        return scroll;
    }
}
