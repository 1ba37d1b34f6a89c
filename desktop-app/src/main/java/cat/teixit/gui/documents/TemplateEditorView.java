package cat.teixit.gui.documents;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import java.io.File;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The template editor window: the title and the template's text on the left, the document it makes on the
 * right, redrawn half a second after typing stops; what stops it from being kept listed under the text with
 * its line. Ctrl+S saves, Escape closes. Use from the FX thread.
 */
public final class TemplateEditorView {

    /** The template syntax at a glance (the same in every language). */
    private static final String SYNTAX = "{{ person.fullName }} · {% for m in household.members %}{{ m.fullName }}{% endfor %}"
            + " · {% if plan %}…{% endif %}";

    private final Stage stage = new Stage();

    public TemplateEditorView(TemplateEditorViewModel vm, I18n i18n, Window owner, String heading) {
        PdfPreview preview = new PdfPreview();
        Label titleLabel = new Label(i18n.t("editor.titleField"));
        TextField title = Fields.text("editor-title", vm.title);
        titleLabel.setLabelFor(title);
        TextArea body = new TextArea();
        body.setId("editor-body");
        body.setStyle("-fx-font-family: monospace;");
        body.textProperty().bindBidirectional(vm.body);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("editor-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.problems), vm.problems));
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems));
        problems.managedProperty().bind(problems.visibleProperty());
        Label hint = new Label(i18n.t("editor.hint") + " " + SYNTAX + "\n" + i18n.t("editor.hintSaving"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox left = new VBox(6, titleLabel, title, body, problems, hint);
        left.setPadding(new Insets(12));

        PauseTransition typing = new PauseTransition(Duration.millis(500));
        typing.setOnFinished(e -> vm.preview());
        body.textProperty().addListener((o, was, now) -> typing.playFromStart());
        vm.pagesProperty().addListener((o, was, now) -> preview.show(now));
        preview.message(i18n.t("workbench.rendering"));

        Button save = new Button(i18n.t("editor.save"), AppIcon.SAVE.node(16));
        save.setId("editor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        save.setOnAction(e -> vm.save());
        Button importButton = new Button(i18n.t("editor.import"));
        importButton.setId("editor-import");
        importButton.setOnAction(e -> {
            File f = chooser(i18n, vm).showOpenDialog(stage);
            if (f != null) {
                vm.importFrom(f.toPath());
            }
        });
        Button exportButton = new Button(i18n.t("editor.export"));
        exportButton.setId("editor-export");
        exportButton.setOnAction(e -> {
            FileChooser c = chooser(i18n, vm);
            c.setInitialFileName(vm.exportName());
            File f = c.showSaveDialog(stage);
            if (f != null) {
                vm.exportTo(f.toPath());
            }
        });
        Button close = new Button(i18n.t("workbench.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("editor-message");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, spacer, importButton, exportButton, close, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 10, 12));

        SplitPane split = new SplitPane(left, preview.node());
        split.setDividerPositions(0.45);
        BorderPane root = new BorderPane(split);
        root.setBottom(bar);
        root.setId("template-editor");
        ChildWindows.open(stage, root, owner, 1240, 700, i18n.t("editor.title", heading), KeyCode.S, save);
    }

    private static FileChooser chooser(I18n i18n, TemplateEditorViewModel vm) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("editor.fileFilter"), "*.html"));
        return c;
    }

    public void show(TemplateEditorViewModel vm) {
        stage.show();
        vm.load();
    }

    public Stage stage() {
        return stage;
    }
}
