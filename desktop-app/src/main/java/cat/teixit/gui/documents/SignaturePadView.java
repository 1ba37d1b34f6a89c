package cat.teixit.gui.documents;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.documents.SignaturePadViewModel.PadPoint;
import cat.teixit.gui.icon.AppIcon;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The signature pad: a window of its own (full screen on demand, F11) showing what is signed, who signs
 * and the date, a large white area to sign with a mouse, a finger or a pen, and large Clear and Accept
 * buttons; Escape cancels and nothing is kept. Each point is drawn in the event that brings it, on the
 * FX thread, so the line follows the pen within a frame. Use from the FX thread.
 */
public final class SignaturePadView {

    /** The signing area, in canvas units (what the capture's coordinates refer to). */
    public static final double WIDTH = 960;
    public static final double HEIGHT = 340;

    private final SignaturePadViewModel vm;
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final Stage stage = new Stage();
    private final LongConsumer pointLatency;

    /**
     * @param what         what is being signed (the document's title)
     * @param signer       who signs, as shown
     * @param date         the date, as shown
     * @param pointLatency gets how long each point took to draw, in nanoseconds (the benchmark; may be null)
     */
    public SignaturePadView(SignaturePadViewModel vm, I18n i18n, Window owner, String what, String signer, String date,
            LongConsumer pointLatency) {
        this.vm = vm;
        this.pointLatency = pointLatency;
        Label title = new Label(i18n.t("signature.pad.what", what));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label who = new Label(i18n.t("signature.pad.who", signer, date));
        who.getStyleClass().add(Styles.TEXT_MUTED);
        Label hint = new Label(i18n.t("signature.pad.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        canvas.setId("signature-canvas");
        StackPane paper = new StackPane(canvas);
        paper.getStyleClass().add("signature-paper");
        paper.setMaxSize(WIDTH + 4, HEIGHT + 4);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> point(e, true));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> point(e, false));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> vm.penUp());

        Button clear = big(i18n.t("signature.pad.clear"), AppIcon.CLOSE);
        clear.setId("signature-clear");
        clear.setOnAction(e -> {
            vm.clear();
            redraw();
        });
        Button cancel = big(i18n.t("dialog.cancel"), null);
        cancel.setId("signature-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        Button accept = big(i18n.t("signature.pad.accept"), AppIcon.SAVE);
        accept.setId("signature-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.disableProperty().bind(vm.canAccept.not());
        accept.setOnAction(e -> vm.accept(WIDTH, HEIGHT));
        Button full = big(i18n.t("signature.pad.fullScreen"), null);
        full.setOnAction(e -> stage.setFullScreen(!stage.isFullScreen()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(16, clear, full, spacer, cancel, accept);
        buttons.setAlignment(Pos.CENTER);

        VBox top = new VBox(6, title, who, hint);
        BorderPane root = new BorderPane(paper, top, null, buttons, null);
        root.setId("signature-pad");
        root.setPadding(new Insets(24));
        BorderPane.setMargin(paper, new Insets(16, 0, 16, 0));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
            } else if (k.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("signature.pad.title"));
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        redraw();
    }

    private static Button big(String text, AppIcon icon) {
        Button b = new Button(text);
        if (icon != null) {
            b.setGraphic(icon.node(20));
        }
        b.getStyleClass().add(Styles.LARGE);
        b.setMinHeight(52);
        b.setMinWidth(150);
        return b;
    }

    private void point(MouseEvent e, boolean down) {
        long start = System.nanoTime();
        double x = Math.max(0, Math.min(WIDTH, e.getX()));
        double y = Math.max(0, Math.min(HEIGHT, e.getY()));
        if (down) {
            vm.penDown(x, y, null, start);
        } else {
            vm.penMove(x, y, null, start);
        }
        List<List<PadPoint>> strokes = vm.strokes();
        if (!strokes.isEmpty()) {
            drawLast(strokes.getLast());
        }
        if (pointLatency != null) {
            pointLatency.accept(System.nanoTime() - start);
        }
        e.consume();
    }

    /** The newest segment of the stroke being drawn (or its first dot). */
    private void drawLast(List<PadPoint> stroke) {
        GraphicsContext g = pen();
        PadPoint b = stroke.getLast();
        if (stroke.size() == 1) {
            g.fillOval(b.x() - 1.5, b.y() - 1.5, 3, 3);
            return;
        }
        PadPoint a = stroke.get(stroke.size() - 2);
        g.strokeLine(a.x(), a.y(), b.x(), b.y());
    }

    /** Blank paper with its signing line, then every stroke so far. */
    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.web("#9aa4b2"));
        g.setLineWidth(1);
        g.strokeLine(40, HEIGHT - 70, WIDTH - 40, HEIGHT - 70);
        for (List<PadPoint> s : vm.strokes()) {
            pen();
            for (int i = 1; i < s.size(); i++) {
                g.strokeLine(s.get(i - 1).x(), s.get(i - 1).y(), s.get(i).x(), s.get(i).y());
            }
        }
    }

    private GraphicsContext pen() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setStroke(Color.web("#0b1f44"));
        g.setFill(Color.web("#0b1f44"));
        g.setLineWidth(2.6);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        return g;
    }

    public Stage stage() {
        return stage;
    }

    /** Opens the pad; it closes itself once the signer accepts or cancels (the view model tells). */
    public void show() {
        stage.show();
        canvas.requestFocus();
    }

    public void close() {
        stage.close();
    }
}
