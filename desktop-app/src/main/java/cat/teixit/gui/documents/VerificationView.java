package cat.teixit.gui.documents;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.signature.VerificationReport;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Verify a signed document: choose (or drop) a PDF; the screen says whether its seals hold, what was signed and,
 * for each signature, who signed, in which role, when and with which seal. Use from the FX thread.
 */
public final class VerificationView extends NodeView<ScrollPane> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final VerificationViewModel vm;
    private final I18n i18n;
    private final Label verdict = new Label();
    private final Label fileLabel = new Label();
    private final Label documentLabel = new Label();
    private final VBox signatureList = new VBox(10);

    public VerificationView(VerificationViewModel vm, I18n i18n) {
        super(new ScrollPane());
        this.vm = vm;
        this.i18n = i18n;
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(i18n.bind("verify.title"));
        Button choose = new Button();
        choose.setId("verify-choose");
        choose.textProperty().bind(i18n.bind("verify.choose"));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("verify.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("verify.fileFilter"), "*.pdf", "*.PDF"));
            File f = chooser.showOpenDialog(choose.getScene() == null ? null : choose.getScene().getWindow());
            if (f != null) {
                vm.verify(f.toPath());
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(vm.busyProperty());
        verdict.setId("verify-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.TITLE_4);
        fileLabel.getStyleClass().add(Styles.TEXT_MUTED);
        documentLabel.setId("verify-document");
        signatureList.setId("verify-signatures");

        vm.statusProperty().addListener((o, a, b) -> refresh());
        vm.errorKeyProperty().addListener((o, a, b) -> refresh());
        vm.signatures().addListener((ListChangeListener<VerificationReport.Signature>) c -> refresh());
        i18n.shownLanguage().addListener((o, a, b) -> refresh());

        VBox content = new VBox(16, title, new HBox(12, choose, progress), fileLabel, verdict, documentLabel, signatureList);
        content.setPadding(new Insets(24));
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("verify-view");
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                vm.verify(e.getDragboard().getFiles().getFirst().toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        refresh();
    }

    private void refresh() {
        fileLabel.setText(vm.fileProperty().get() == null ? i18n.t("verify.hint") : vm.fileProperty().get().toString());
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (vm.errorKeyProperty().get() != null) {
            verdict.setText(i18n.t(vm.errorKeyProperty().get()));
            verdict.getStyleClass().add(Styles.DANGER);
        } else if (vm.statusProperty().get() == null) {
            verdict.setText("");
        } else {
            verdict.setText(i18n.t(VerificationViewModel.verdictKey(vm.statusProperty().get())));
            verdict.getStyleClass().add(vm.valid() ? Styles.SUCCESS : Styles.DANGER);
        }
        VerificationReport.Document d = vm.documentProperty().get();
        documentLabel.setText(d == null || vm.statusProperty().get() == null ? ""
                : i18n.t("verify.document", d.title() == null ? i18n.t("verify.untitled") : d.title(), d.pages()));
        signatureList.getChildren().clear();
        for (VerificationReport.Signature s : vm.signatures()) {
            signatureList.getChildren().add(signature(s));
        }
    }

    private Node signature(VerificationReport.Signature s) {
        String when = s.signedAt() == null ? "-"
                : i18n.formatDate(s.signedAt().atZone(ZoneId.systemDefault()).toLocalDate()) + " "
                        + TIME.format(s.signedAt().atZone(ZoneId.systemDefault()));
        Label who = new Label(i18n.t("verify.signature", s.signer() == null ? "-" : s.signer(),
                i18n.t(VerificationViewModel.roleKey(s.role())), when));
        who.getStyleClass().add(Styles.TEXT_BOLD);
        Label seal = new Label(i18n.t("verify.sealedBy", s.sealedBy() == null ? "-" : s.sealedBy()));
        seal.getStyleClass().add(Styles.TEXT_MUTED);
        seal.setWrapText(true);
        Label state = new Label(i18n.t(s.intact() ? "verify.intact" : "verify.brokenSignature"));
        state.getStyleClass().add(s.intact() ? Styles.SUCCESS : Styles.DANGER);
        return new VBox(2, who, seal, state);
    }
}
