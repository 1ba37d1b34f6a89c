package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.model.casefile.Attachment;
import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The files of a case file: drop them on the pane or choose them; double-click opens one with the
 * system viewer. Copying and opening happen off the FX thread. Use from the FX thread.
 */
final class DocumentsPane extends CaseRecordsPane<Attachment> {

    private final BorderPane root = new BorderPane();
    private final TableView<Attachment> table = new TableView<>();

    DocumentsPane(CaseServices services, UUID caseFileId, Runnable onChanged) {
        super(services, caseFileId, onChanged);
        I18n i18n = s.i18n();
        Button add = new Button();
        add.setId("documents-add");
        add.textProperty().bind(i18n.bind("documents.add"));
        add.setGraphic(AppIcon.ADD.node(16));
        add.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("documents.add"));
            List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
            if (files != null) {
                addAll(files.stream().map(File::toPath).toList());
            }
        });
        Label hint = new Label(i18n.t("documents.dropHint", s.attachments().maxBytes() / (1024 * 1024)));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = editing(new HBox(12, add, hint));
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("documents-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Forms.column(i18n, "documents.column.name", Attachment::getFileName));
        table.getColumns().add(Forms.column(i18n, "documents.column.date",
                a -> i18n.formatDate(a.getOccurredAt().atZone(I18n.ZONE).toLocalDate())));
        table.getColumns().add(Forms.column(i18n, "documents.column.size", a -> humanSize(a.getSizeBytes())));
        table.getColumns().add(Forms.column(i18n, "documents.column.description",
                a -> a.getDescription() == null ? "" : a.getDescription()));
        Label empty = new Label(i18n.t("documents.empty"));
        table.setPlaceholder(empty);
        table.setRowFactory(tv -> {
            TableRow<Attachment> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && isEditable()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && isEditable();
            if (ok) {
                addAll(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        VBox top = new VBox(8, bar, error);
        top.setPadding(new Insets(12, 12, 8, 12));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Adds the dropped or chosen files: a refused file does not stop the others. */
    void addAll(List<Path> files) {
        error.setText("");
        for (Path f : files) {
            s.executor().run(() -> s.attachments().add(s.user(), caseFileId, null, f, null), id -> changed(),
                    e -> error.setText(f.getFileName() + ": " + Forms.describe(s.i18n(), e)));
        }
    }

    private void open(Attachment a) {
        s.executor().run(() -> {
            Path copy = s.attachments().copyForViewing(s.user(), a.getId());
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(copy.toFile());
                return true;
            }
            return false;
        }, opened -> {
            if (!opened) {
                error.setText(s.i18n().t("documents.noViewer"));
            }
        }, this::fail);
    }

    @Override
    protected java.util.List<Attachment> load() {
        return s.attachments().attachments(s.user(), caseFileId);
    }

    @Override
    protected void show(java.util.List<Attachment> records) {
        table.getItems().setAll(records);
    }

    @Override
    Node node() {
        return root;
    }
}
