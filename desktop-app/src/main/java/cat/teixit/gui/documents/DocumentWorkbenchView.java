package cat.teixit.gui.documents;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.signature.SignerRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Documents workbench window: the templates and the language on the left with the actions (sign,
 * file, print), the document's pages on the right as they will be printed. Keyboard: the template list has
 * the focus, Ctrl+P prints, Escape closes. Use from the FX thread.
 */
public final class DocumentWorkbenchView {

    private final DocumentWorkbenchViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final PdfPreview preview = new PdfPreview();

    /**
     * @param people the names of the people who may sign as the person attended (the reference person first)
     */
    public DocumentWorkbenchView(DocumentWorkbenchViewModel vm, I18n i18n, Window owner, String caseNumber,
            Supplier<List<String>> people) {
        this.vm = vm;
        this.i18n = i18n;

        Label templatesLabel = new Label(i18n.t("workbench.templates"));
        ListView<DocumentWorkbenchViewModel.Choice> list = new ListView<>(vm.templates);
        list.setId("workbench-templates");
        list.setFixedCellSize(30);
        list.setPrefHeight(7 * 30 + 4);
        list.setMinHeight(4 * 30 + 4);
        list.setCellFactory(lv -> {
            ListCell<DocumentWorkbenchViewModel.Choice> cell = new ListCell<>() {
                @Override
                protected void updateItem(DocumentWorkbenchViewModel.Choice c, boolean empty) {
                    super.updateItem(c, empty);
                    setText(empty || c == null ? null : c.title());
                    setTooltip(empty || c == null ? null : new Tooltip(c.title()));
                }
            };
            cell.setPrefWidth(0);
            return cell;
        });
        templatesLabel.setLabelFor(list);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.template.set(now));

        Label languageLabel = new Label(i18n.t("workbench.language"));
        ComboBox<Language> language = Choices.translated(i18n, "workbench-language", EnumLabels::language,
                Language.values());
        language.valueProperty().bindBidirectional(vm.language);
        language.setMaxWidth(Double.MAX_VALUE);
        languageLabel.setLabelFor(language);

        Label signerLabel = new Label(i18n.t("workbench.personSigner"));
        ComboBox<String> signer = new ComboBox<>();
        signer.setId("workbench-signer");
        signer.setMaxWidth(Double.MAX_VALUE);
        signer.getItems().setAll(people.get());
        signer.getSelectionModel().selectFirst();
        signerLabel.setLabelFor(signer);

        Button signPerson = action("workbench-sign-person", i18n.t("workbench.signPerson"), AppIcon.PERSON);
        signPerson.disableProperty().bind(vm.canSign(SignerRole.PERSON).not().or(signer.valueProperty().isNull()));
        signPerson.setOnAction(e -> pad(SignerRole.PERSON, signer.getValue()));
        Button signPro = action("workbench-sign-professional", i18n.t("workbench.signProfessional"), AppIcon.USER);
        signPro.disableProperty().bind(vm.canSign(SignerRole.PROFESSIONAL).not());
        signPro.setOnAction(e -> pad(SignerRole.PROFESSIONAL, vm.user().displayName()));
        Button file = action("workbench-file", i18n.t("workbench.file"), AppIcon.SAVE);
        file.getStyleClass().add(Styles.ACCENT);
        file.disableProperty().bind(vm.canChange.not());
        file.setOnAction(e -> vm.file());
        Button print = action("workbench-print", i18n.t("workbench.print"), AppIcon.DOCUMENTS);
        print.disableProperty().bind(vm.hasDocument.not().or(vm.busyProperty()));
        print.setOnAction(e -> vm.print());
        Button edit = action("workbench-edit", i18n.t("workbench.edit"), AppIcon.SETTINGS);
        edit.setVisible(vm.mayEditTemplates());
        edit.setManaged(edit.isVisible());
        edit.disableProperty().bind(vm.template.isNull());
        edit.setOnAction(e -> {
            TemplateEditorViewModel editor = vm.editor();
            if (editor != null) {
                new TemplateEditorView(editor, i18n, stage, vm.template.get().title()).show(editor);
            }
        });
        Button close = action("workbench-close", i18n.t("workbench.close"), AppIcon.CLOSE);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        Label signed = new Label();
        signed.setId("workbench-signed");
        signed.setWrapText(true);
        signed.textProperty().bind(Bindings.createStringBinding(() -> vm.signedBy.isEmpty() ? i18n.t("workbench.unsigned")
                : i18n.t("workbench.signedBy", String.join(", ", vm.signedBy.stream()
                        .map(r -> i18n.t(VerificationViewModel.roleKey(r))).toList())), vm.signedBy));
        signed.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.setId("workbench-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());

        VBox side = new VBox(8, templatesLabel, list, languageLabel, language, new Separator(), signerLabel, signer,
                signPerson, signPro, signed, new Separator(), file, print, edit, close, busy, error);
        side.setPadding(new Insets(16));
        side.setPrefWidth(320);
        side.setMinWidth(280);

        vm.pagesProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                preview.show(now);
            }
        });
        vm.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && vm.pagesProperty().get().isEmpty()) {
                preview.message(now);
            }
        });
        Label status = new Label();
        status.setId("workbench-message");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        status.setPadding(new Insets(8, 16, 8, 16));
        status.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.pagesProperty().get().isEmpty()
                && !vm.messageProperty().get().isEmpty(), vm.pagesProperty(), vm.messageProperty()));
        status.managedProperty().bind(status.visibleProperty());
        preview.message(i18n.t("workbench.choose"));

        BorderPane root = new BorderPane(preview.node());
        root.setLeft(side);
        root.setBottom(status);
        root.setId("document-workbench");
        ChildWindows.open(stage, root, owner, 1180, 700, i18n.t("workbench.title", caseNumber), KeyCode.P, print);
        stage.setOnShown(e -> list.requestFocus());
    }

    private static Button action(String id, String text, AppIcon icon) {
        Button b = new Button(text, icon.node(16));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(34);
        return b;
    }

    /** Opens the signature pad for {@code role}; an accepted signature seals the document. */
    private void pad(SignerRole role, String name) {
        var doc = vm.documentProperty().get();
        if (doc == null || name == null) {
            return;
        }
        SignaturePadView[] view = new SignaturePadView[1];
        SignaturePadViewModel padVm = new SignaturePadViewModel(Clock.systemUTC(), capture -> {
            view[0].close();
            vm.signed(role, name, capture);
        }, () -> view[0].close());
        view[0] = new SignaturePadView(padVm, i18n, stage, doc.title(), name, i18n.formatDate(LocalDate.now(I18n.ZONE)),
                null);
        view[0].show();
    }

    public Stage stage() {
        return stage;
    }

    /** Opens the window and reads the templates. */
    public void show() {
        stage.show();
        vm.loadTemplates();
    }
}
