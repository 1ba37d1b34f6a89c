package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.model.casefile.CaseStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The head of an open case file: who (the reference person), the household, number, status, reference
 * professional and collaborators; the banners (an emergency opening, the alerts); the commands on the file (a new
 * appointment, enrolling, who accessed it, the professionals, reopen, close) and the last failure. Its state is the
 * {@link CaseFileViewModel}'s. Use from the FX thread.
 */
final class CaseFileHeader {

    private final CaseFileViewModel vm;
    private final I18n i18n;
    private final Codes codes;
    private final Workspace workspace;
    private final VBox root;
    private final Label name = new Label();
    private final Label facts = new Label();
    private final FlowPane alerts = new FlowPane(6, 6);
    private final Button closeButton;
    private final Button reopenButton;
    private final Button appointmentButton;
    private final Button enrolButton;
    private final MenuButton professionals = new MenuButton();

    /** Room the person's name and facts keep beside the commands. */
    private static final double WHO_MIN_WIDTH = 340;
    /** Wide enough for every command on one line when the window has room for them. */
    private static final double COMMANDS_ONE_LINE = 2000;

    CaseFileHeader(CaseFileViewModel vm, I18n i18n, Codes codes, Navigator navigator, Workspace workspace) {
        this.vm = vm;
        this.i18n = i18n;
        this.codes = codes;
        this.workspace = workspace;
        name.setId("casefile-name");
        name.getStyleClass().add(Styles.TITLE_3);
        facts.setId("casefile-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        closeButton = Buttons.action(i18n, "casefile-close", "casefile.close", AppIcon.CLOSE, this::askClose);
        reopenButton = Buttons.action(i18n, "casefile-reopen", "casefile.reopen", AppIcon.REOPEN, vm::reopen);
        appointmentButton = Buttons.action(i18n, "casefile-new-appointment", "casefile.newAppointment",
                AppIcon.AGENDA, () -> newAppointment(navigator));
        enrolButton = Buttons.action(i18n, "casefile-enrol", "casefile.enrol", AppIcon.GROUPS,
                () -> enrol(navigator));
        Label error = new Label();
        error.setId("casefile-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(i18n.bindKey(vm.errorKey));
        professionals.setId("casefile-professionals");
        professionals.textProperty().bind(i18n.bind("casefile.professionals"));
        professionals.setGraphic(AppIcon.USER.node(16));
        facts.setMinWidth(0);
        facts.setWrapText(true);
        VBox who = new VBox(4, name, facts);
        // The name and its facts keep room to be read; when the commands do not fit beside them, they wrap.
        who.setMinWidth(WHO_MIN_WIDTH);
        HBox.setHgrow(who, Priority.ALWAYS);
        for (var b : List.of(appointmentButton, enrolButton, professionals, reopenButton, closeButton)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane commands = new FlowPane(8, 8, appointmentButton, enrolButton, professionals, reopenButton, closeButton);
        commands.setAlignment(Pos.CENTER_RIGHT);
        commands.setPrefWrapLength(COMMANDS_ONE_LINE);
        HBox top = new HBox(12, who, error, commands);
        if (workspace.opensCaseFileAudit()) { // team leads: who opened, printed, changed or signed it
            Button audit = Buttons.action(i18n, "casefile-who-accessed", "casefile.whoAccessed", AppIcon.LOCK, () -> {
                CaseFileDetails d = vm.details.get();
                if (d != null) {
                    workspace.openCaseFileAudit(d.id(), d.number());
                }
            });
            audit.setMinWidth(Region.USE_PREF_SIZE);
            commands.getChildren().add(commands.getChildren().indexOf(professionals), audit);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, top, alerts);
        root.setPadding(new Insets(12, 16, 8, 16));
        root.getStyleClass().add("casefile-header");
        vm.colleagues.addListener((ListChangeListener<CaseFileService.Colleague>) c -> professionalMenu(vm.colleagues));
    }

    Node node() {
        return root;
    }

    /** Shows {@code d}; a file granted read only offers no command that would change it. */
    void show(CaseFileDetails d, boolean readOnly) {
        CaseFileDetails.Member ref = d.referencePerson();
        name.setText(ref == null ? d.householdName() : ref.displayName());
        List<String> parts = new ArrayList<>();
        if (ref != null && ref.age() != null) {
            parts.add(i18n.t("search.age", ref.age()));
        }
        if (ref != null) {
            parts.add(ref.docTail() == null ? i18n.t("search.noDocument") : ref.docTail());
        }
        parts.add(i18n.t("casefile.household", d.householdName(), d.members().size()));
        parts.add(d.number());
        parts.add(i18n.t(EntryLabels.status(d.status())));
        parts.add(d.referenceProfessionalName() == null ? i18n.t("casefile.noReference")
                : i18n.t("casefile.reference", d.referenceProfessionalName()));
        if (!d.collaborators().isEmpty()) {
            parts.add(i18n.t("casefile.collaborators", String.join(", ", d.collaborators())));
        }
        facts.setText(String.join(" · ", parts));
        banners(d);
        boolean closed = d.status() == CaseStatus.CLOSED;
        shown(closeButton, !closed && !readOnly);
        shown(reopenButton, closed && !readOnly);
        shown(professionals, !readOnly);
        shown(appointmentButton, !readOnly);
        shown(enrolButton, !readOnly);
    }

    /** An emergency opening (in red), then the file's alerts. */
    private void banners(CaseFileDetails d) {
        alerts.getChildren().clear();
        String emergency = workspace.emergencyNotice(d.id());
        if (emergency != null) {
            Label banner = new Label(emergency);
            banner.setId("casefile-emergency");
            banner.setWrapText(true);
            banner.setGraphic(AppIcon.WARNING.node(14));
            banner.getStyleClass().addAll("alert-chip", Styles.DANGER);
            alerts.getChildren().add(banner);
        }
        for (CaseFileDetails.Alert a : d.alerts()) {
            Label chip = new Label(i18n.t(EntryLabels.alert(a)));
            chip.setGraphic(AppIcon.WARNING.node(14));
            chip.getStyleClass().addAll("alert-chip", a == CaseFileDetails.Alert.REVIEW_OVERDUE ? Styles.DANGER : Styles.WARNING);
            alerts.getChildren().add(chip);
        }
    }

    /** {@code node} takes room and shows only when {@code on}. */
    static void shown(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }

    /** "New appointment…": the booking form with the case file and its reference person chosen. */
    private void newAppointment(Navigator navigator) {
        CaseFileDetails d = vm.details.get();
        if (d == null) {
            return;
        }
        CaseFileDetails.Member ref = d.referencePerson();
        String who = (ref == null ? d.householdName() : ref.displayName()) + " · " + d.number();
        navigator.newAppointment(d.id(), d.householdId(), ref == null ? null : ref.personId(), who);
    }

    /** "Enrol in an activity…": the case file's reference person, in an activity chosen from a list. */
    private void enrol(Navigator navigator) {
        CaseFileDetails d = vm.details.get();
        CaseFileDetails.Member ref = d == null ? null : d.referencePerson();
        if (ref == null) {
            return;
        }
        navigator.enrolInActivity(d.id(), ref.personId(), ref.displayName(),
                root.getScene() == null ? null : root.getScene().getWindow());
    }

    /** Closing needs a reason and a date: a decision, so a dialog. */
    private void askClose() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.t("casefile.close.title"));
        dialog.setHeaderText(i18n.t("casefile.close.title"));
        ComboBox<CodeEntry> reason = codes.choice("close-reason", Catalogue.CLOSING_REASON);
        DatePicker date = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(i18n.t("casefile.close.reason")), reason);
        grid.addRow(1, new Label(i18n.t("casefile.close.date")), date);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.t("casefile.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(reason.valueProperty().isNull()
                .or(date.valueProperty().isNull()));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            vm.close(reason.getValue().code(), date.getValue());
        }
    }

    /** Reference professional and collaborators, chosen among the team's professionals. */
    private void professionalMenu(List<CaseFileService.Colleague> colleagues) {
        Menu reference = new Menu(i18n.t("casefile.setReference"));
        Menu collaborator = new Menu(i18n.t("casefile.addCollaborator"));
        for (var c : colleagues) {
            MenuItem asRef = new MenuItem(c.displayName());
            asRef.setOnAction(e -> vm.setReference(c));
            reference.getItems().add(asRef);
            MenuItem asCollab = new MenuItem(c.displayName());
            asCollab.setOnAction(e -> vm.addCollaborator(c));
            collaborator.getItems().add(asCollab);
        }
        professionals.getItems().setAll(reference, collaborator);
    }
}
