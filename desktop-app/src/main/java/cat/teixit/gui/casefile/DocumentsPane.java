package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.documents.ChildWindows;
import cat.teixit.gui.documents.DocumentWorkbenchView;
import cat.teixit.gui.documents.VerificationView;
import cat.teixit.gui.documents.VerificationViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseRecords.AttachmentItem;
import java.io.File;
import java.util.List;
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
 * system viewer. Use from the FX thread.
 */
final class DocumentsPane {

    private final BorderPane root = new BorderPane();
    private final TableView<AttachmentItem> table = new TableView<>();

    DocumentsPane(DocumentsViewModel vm, I18n i18n) {
        Button add = Buttons.action(i18n, "documents-add", "documents.add", AppIcon.ADD, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("documents.add"));
            List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
            if (files != null) {
                vm.addAll(files.stream().map(File::toPath).toList());
            }
        });
        Button generate = Buttons.action(i18n, "documents-generate", "documents.generate", AppIcon.DOCUMENTS,
                () -> new DocumentWorkbenchView(vm.newWorkbench(), i18n, root.getScene().getWindow(),
                        vm.caseNumber(), vm::people).show());
        generate.getStyleClass().add(Styles.ACCENT);
        Button verify = Buttons.action(i18n, "documents-verify", "documents.verify", AppIcon.LOCK,
                () -> vm.verify(table.getSelectionModel().getSelectedItem(), v -> showVerification(v, i18n)));
        verify.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !DocumentsViewModel.verifiable(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty()));
        Button print = Buttons.action(i18n, "documents-print", "workbench.print",
                () -> vm.print(table.getSelectionModel().getSelectedItem()));
        print.disableProperty().bind(verify.disableProperty());
        table.setOnKeyPressed(k -> {
            if (k.isShortcutDown() && k.getCode() == javafx.scene.input.KeyCode.P
                    && DocumentsViewModel.verifiable(table.getSelectionModel().getSelectedItem())) {
                vm.print(table.getSelectionModel().getSelectedItem());
                k.consume();
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("documents.dropHint", vm.maxMegabytes()));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = Forms.editing(new HBox(12, generate, add, hint), vm.editable);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.setMinWidth(0);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(); // read whole where the bar cuts it
        whole.textProperty().bind(hint.textProperty());
        hint.setTooltip(whole);
        for (Button b : List.of(generate, add, print, verify)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the hint gives way, not the buttons
        }
        HBox top0 = new HBox(12, bar, print, verify);
        top0.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);

        table.setId("documents-table");
        table.setItems(vm.items);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Forms.column(i18n, "documents.column.name", AttachmentItem::fileName));
        table.getColumns().add(Forms.column(i18n, "documents.column.date",
                a -> i18n.formatDate(a.occurredAt().atZone(I18n.ZONE).toLocalDate())));
        table.getColumns().add(Forms.column(i18n, "documents.column.size", a -> DocumentsViewModel.humanSize(a.sizeBytes())));
        table.getColumns().add(Forms.column(i18n, "documents.column.description",
                a -> a.description() == null ? "" : a.description()));
        table.setPlaceholder(new Label(i18n.t("documents.empty")));
        table.setRowFactory(tv -> {
            TableRow<AttachmentItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.editable.get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && vm.editable.get();
            if (ok) {
                vm.addAll(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        VBox top = new VBox(8, top0, Forms.errorLine(vm.error));
        top.setPadding(new Insets(12, 12, 8, 12));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 12, 12, 12));
    }

    /** The verification screen of a filed document, in a window of its own. */
    private void showVerification(VerificationViewModel v, I18n i18n) {
        Stage stage = new Stage();
        Scene scene = ChildWindows.open(stage, (javafx.scene.Parent) new VerificationView(v, i18n).node(),
                root.getScene().getWindow(), 760, 560, i18n.t("verify.title"), null, null);
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
    }

    Node node() {
        return root;
    }
}
