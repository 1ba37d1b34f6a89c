package cat.teixit.gui.emergency;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.HomeCard;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.emergency.EmergencyAccess;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import lombok.RequiredArgsConstructor;

/**
 * Break the glass (docs/decisions/0039-break-the-glass.md): a header button «Accés d’emergència…» for who may open a
 * case file of another team, with its dialog (the identifier, the reason, the warning that the team lead is told);
 * for team leads, a home card listing the openings. Thread-safe.
 */
@RequiredArgsConstructor
public final class EmergencySlice implements Slice {

    private final EmergencyAccess emergency;
    private final AccessPolicy access;
    /** Starts a sync (or joins the one running); its future completes when it ends, never fails. */
    private final Supplier<CompletableFuture<?>> syncSoon;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        boolean mayOpen = access.allows(shell.user(), Permission.BREAK_THE_GLASS);
        boolean lead = access.allows(shell.user(), Permission.VIEW_AUDIT);
        if (!mayOpen && !lead) {
            return Optional.empty();
        }
        return Optional.of(new Feature() {
            @Override
            public List<Node> headerItems() {
                if (!mayOpen) {
                    return List.of();
                }
                Button b = new Button();
                b.setId("header-emergency");
                b.textProperty().bind(shell.i18n().bind("emergency.button"));
                b.setGraphic(AppIcon.WARNING.node());
                b.getStyleClass().addAll(Styles.FLAT);
                b.setOnAction(e -> showDialog(shell));
                return List.of(b);
            }

            @Override
            public void start() {
                // A case file seen through a live opening says so, and until when.
                shell.workspace().setEmergencyNotice(id -> emergency.liveOpeningOf(id).map(o -> shell.i18n().t(
                        "emergency.banner", EmergencyViewModel.WHEN.format(o.expiresAt()))).orElse(null));
            }

            @Override
            public void stop() {
                shell.workspace().setEmergencyNotice(null);
            }

            @Override
            public List<HomeCard> homeCards() {
                return lead ? List.of(flaggedCard(shell)) : List.of();
            }
        });
    }

    private EmergencyViewModel model(ShellContext shell) {
        return new EmergencyViewModel(shell.user(), shell.executor(), shell.i18n(), emergency, syncSoon,
                shell.reentry());
    }

    /** The dialog: identifier, reason, warning, answer; «Obre» asks the server, the dialog stays to show the answer. */
    void showDialog(ShellContext shell) {
        EmergencyViewModel vm = model(shell);
        Dialog<ButtonType> d = new Dialog<>();
        d.titleProperty().bind(shell.i18n().bind("emergency.title"));
        TextField id = Fields.text("emergency-case-file", vm.caseFileId);
        id.promptTextProperty().bind(shell.i18n().bind("emergency.caseFile.prompt"));
        TextArea reason = Focus.tabLeaves(new TextArea());
        reason.setId("emergency-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.textProperty().bindBidirectional(vm.reason);
        reason.promptTextProperty().bind(shell.i18n().bind("emergency.reason.prompt"));
        Label warning = new Label();
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        warning.textProperty().bind(shell.i18n().bind("emergency.warning"));
        Label answer = new Label();
        answer.setId("emergency-message");
        answer.setWrapText(true);
        answer.textProperty().bind(vm.message);
        Label idLabel = new Label();
        idLabel.textProperty().bind(shell.i18n().bind("emergency.caseFile"));
        Label reasonLabel = new Label();
        reasonLabel.textProperty().bind(shell.i18n().bind("emergency.reason"));
        // Wrapped texts keep their lines (a dialog squeezes them to "…"), and the dialog grows with the answer.
        for (Label l : List.of(warning, answer)) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        answer.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        VBox box = new VBox(8, warning, idLabel, id, reasonLabel, reason, answer);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(shell.i18n().t("emergency.open"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(shell.i18n().t("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(open, close);
        Button openButton = (Button) d.getDialogPane().lookupButton(open);
        openButton.setId("emergency-open");
        openButton.disableProperty().bind(vm.busy.or(vm.opened));
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            vm.open();
        });
        // Once the case file has come, the window shows it: the dialog has said all it had to.
        vm.shown.addListener((o, was, now) -> {
            if (now) {
                d.close();
            }
        });
        // The cursor waits in the number, not on «Obre».
        d.setOnShown(e -> javafx.application.Platform.runLater(id::requestFocus));
        d.show();
    }

    private HomeCard flaggedCard(ShellContext shell) {
        EmergencyViewModel vm = model(shell);
        Label title = new Label();
        title.textProperty().bind(shell.i18n().bind("emergency.flagged.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setGraphic(AppIcon.WARNING.node(18));
        VBox lines = new VBox(4);
        VBox card = new VBox(8, title, lines);
        card.setId("home-emergency-openings");
        card.getStyleClass().add("card");
        return new HomeCard() {
            @Override
            public Node node() {
                return card;
            }

            @Override
            public void refresh() {
                vm.loadFlagged(shown -> {
                    List<Node> labels = new ArrayList<>();
                    for (String s : shown) {
                        Label l = new Label(s);
                        l.setWrapText(true);
                        labels.add(l);
                    }
                    lines.getChildren().setAll(labels);
                });
            }
        };
    }
}
