package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Focus;
import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.model.casefile.CaseStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
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
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An open case file in its tab: header (who, household, number, status, reference professional,
 * alerts), then the social history and the household. Use from the FX thread.
 */
final class CaseFileView implements View {

    private final BorderPane root = new BorderPane();
    private final CaseFileModels models;
    private final CaseFileViewModel vm;
    private final InterventionFormViewModel form;
    private final I18n i18n;
    private final Codes codes;
    private final Label name = new Label();
    private final Label facts = new Label();
    private final FlowPane alerts = new FlowPane(6, 6);
    private final cat.teixit.gui.shell.Workspace workspace;
    private final Button closeButton = new Button();
    private final Button reopenButton = new Button();
    private final Button appointmentButton = new Button();
    private final Button enrolButton = new Button();
    private final MenuButton professionals = new MenuButton();
    private final InterventionEditor editor;
    private final Label error = new Label();
    private final ChangeListener<CaseFileDetails> onDetails = (o, a, d) -> show(d);
    private final ChangeListener<CaseRecords.InterventionText> onReading = (o, a, text) -> read(text);
    private TabPane tabs;
    private final TimelinePane timelinePane;

    CaseFileView(CaseFileModels models, I18n i18n, Codes codes, Navigator navigator,
            cat.teixit.gui.shell.Workspace workspace) {
        this.workspace = workspace;
        this.models = models;
        this.vm = models.file();
        this.i18n = i18n;
        this.codes = codes;
        this.form = models.intervention();
        this.editor = new InterventionEditor(form, i18n);
        HouseholdPane household = new HouseholdPane(models.household(), i18n, codes, navigator);
        root.setId("casefile-view");

        name.setId("casefile-name");
        name.getStyleClass().add(Styles.TITLE_3);
        facts.setId("casefile-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        closeButton.setId("casefile-close");
        closeButton.textProperty().bind(i18n.bind("casefile.close"));
        closeButton.setGraphic(AppIcon.CLOSE.node(16));
        closeButton.setOnAction(e -> askClose());
        reopenButton.setId("casefile-reopen");
        reopenButton.textProperty().bind(i18n.bind("casefile.reopen"));
        reopenButton.setGraphic(AppIcon.REOPEN.node(16));
        reopenButton.setOnAction(e -> vm.reopen());
        appointmentButton.setId("casefile-new-appointment");
        appointmentButton.textProperty().bind(i18n.bind("casefile.newAppointment"));
        appointmentButton.setGraphic(AppIcon.AGENDA.node(16));
        appointmentButton.setOnAction(e -> newAppointment(navigator));
        enrolButton.setId("casefile-enrol");
        enrolButton.textProperty().bind(i18n.bind("casefile.enrol"));
        enrolButton.setGraphic(AppIcon.GROUPS.node(16));
        enrolButton.setOnAction(e -> enrol(navigator));
        error.setId("casefile-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorKeyProperty().get() == null ? "" : i18n.t(vm.errorKeyProperty().get()),
                vm.errorKeyProperty(), i18n.shownLanguage()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        professionals.setId("casefile-professionals");
        professionals.textProperty().bind(i18n.bind("casefile.professionals"));
        professionals.setGraphic(AppIcon.USER.node(16));
        facts.setMinWidth(0);
        facts.setWrapText(true);
        VBox who = new VBox(4, name, facts);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        for (var b : java.util.List.of(appointmentButton, enrolButton, professionals, reopenButton, closeButton)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(12, who, error, appointmentButton, enrolButton, professionals, reopenButton, closeButton);
        if (workspace.opensCaseFileAudit()) { // team leads: who opened, printed, changed or signed it
            Button audit = new Button();
            audit.setId("casefile-who-accessed");
            audit.textProperty().bind(i18n.bind("casefile.whoAccessed"));
            audit.setGraphic(AppIcon.LOCK.node(16));
            audit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            audit.setOnAction(e -> {
                CaseFileDetails d = vm.detailsProperty().get();
                if (d != null) {
                    workspace.openCaseFileAudit(d.id(), d.number());
                }
            });
            top.getChildren().add(top.getChildren().indexOf(professionals), audit);
        }
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, top, alerts);
        header.setPadding(new Insets(12, 16, 8, 16));
        header.getStyleClass().add("casefile-header");

        TabPane tabs = new TabPane();
        tabs.setId("casefile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        timelinePane = new TimelinePane(models.timeline(), i18n, editor.node(), codes, this::openEntry);
        Tab history = tab("casefile.tab.history", AppIcon.TIMELINE, timelinePane.node());
        history.setId("casefile-tab-history");
        Tab members = tab("casefile.tab.household", AppIcon.HOUSEHOLD, household.node());
        members.setId("casefile-tab-household");
        Tab planTab = recordsTab("casefile-tab-plan", "casefile.tab.plan", AppIcon.ASSESSMENT,
                new PlanPane(models.plan(), i18n).node(), models.plan()::reload);
        Tab resourcesTab = recordsTab("casefile-tab-resources", "casefile.tab.resources", AppIcon.AIDS,
                new DemandsPane(models.demands(), i18n, codes).node(), models.demands()::reload);
        Tab referralsTab = recordsTab("casefile-tab-referrals", "casefile.tab.referrals", AppIcon.REFERRAL,
                new ReferralsPane(models.referrals(), i18n).node(), models.referrals()::reload);
        Tab documentsTab = recordsTab("casefile-tab-documents", "casefile.tab.documents", AppIcon.DOCUMENTS,
                new DocumentsPane(models.documents(), i18n).node(), models.documents()::reload);
        Tab consentsTab = recordsTab("casefile-tab-consents", "casefile.tab.consents", AppIcon.LOCK,
                new ConsentsPane(models.consents(), i18n).node(), models.consents()::reload);
        tabs.getTabs().addAll(history, members, planTab, resourcesTab, referralsTab, documentsTab, consentsTab);
        this.tabs = tabs;
        vm.colleagues().addListener((ListChangeListener<CaseFileService.Colleague>) c -> {
            timelinePane.setColleagues(vm.colleagues());
            professionalMenu(vm.colleagues());
        });
        root.setTop(header);
        root.setCenter(tabs);
    }

    /** A tab whose records are read (again) each time it is shown: others may have changed them. */
    private Tab recordsTab(String id, String key, AppIcon icon, Node content, Runnable reload) {
        Tab t = tab(key, icon, content);
        t.setId(id);
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                reload.run();
            }
        });
        return t;
    }

    private Tab tab(String key, AppIcon icon, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.bind(key));
        t.setGraphic(icon.node(16));
        t.setContent(content);
        return t;
    }

    private void show(CaseFileDetails d) {
        if (d == null) {
            return;
        }
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
        boolean closed = d.status() == CaseStatus.CLOSED;
        // Another team's case file granted read only: no closing, reopening or new interventions here
        // (the logic layer refuses any change anyway).
        boolean readOnly = d.alerts().contains(CaseFileDetails.Alert.READ_ONLY);
        closeButton.setVisible(!closed && !readOnly);
        closeButton.setManaged(!closed && !readOnly);
        reopenButton.setVisible(closed && !readOnly);
        reopenButton.setManaged(closed && !readOnly);
        professionals.setVisible(!readOnly);
        professionals.setManaged(!readOnly);
        appointmentButton.setVisible(!readOnly);
        appointmentButton.setManaged(!readOnly);
        enrolButton.setVisible(!readOnly);
        enrolButton.setManaged(!readOnly);
        editor.node().setVisible(!readOnly);
        editor.node().setManaged(!readOnly);
        for (var editable : List.of(models.plan().editableProperty(), models.demands().editableProperty(),
                models.referrals().editableProperty(), models.documents().editableProperty())) {
            editable.set(!readOnly);
        }
        editor.setMembers(d.members());
        models.household().detailsProperty().set(d);
    }

    /** Closing needs a reason and a date: a decision, so a dialog. */
    /** "New appointment…": the booking form with the case file and its reference person chosen. */
    private void newAppointment(Navigator navigator) {
        CaseFileDetails d = vm.detailsProperty().get();
        if (d == null) {
            return;
        }
        CaseFileDetails.Member ref = d.referencePerson();
        String who = (ref == null ? d.householdName() : ref.displayName()) + " · " + d.number();
        navigator.newAppointment(d.id(), d.householdId(), ref == null ? null : ref.personId(), who);
    }

    /** "Enrol in an activity…": the case file's reference person, in an activity chosen from a list. */
    private void enrol(Navigator navigator) {
        CaseFileDetails d = vm.detailsProperty().get();
        CaseFileDetails.Member ref = d == null ? null : d.referencePerson();
        if (ref == null) {
            return;
        }
        navigator.enrolInActivity(d.id(), ref.personId(), ref.displayName(),
                root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void askClose() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.t("casefile.close.title"));
        dialog.setHeaderText(i18n.t("casefile.close.title"));
        ComboBox<CodeEntry> reason = new ComboBox<>();
        reason.setId("close-reason");
        reason.getItems().setAll(codes.offered(Catalogue.CLOSING_REASON));
        reason.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CodeEntry e) {
                return e == null ? "" : e.label(i18n.language());
            }

            @Override
            public CodeEntry fromString(String x) {
                return null;
            }
        });
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

    /** Opens what a timeline entry stands for: the whole note, or the tab that holds the record. */
    private void openEntry(TimelineEntry e) {
        switch (e.kind()) {
            case INTERVENTION -> models.timeline().read(e);
            case DEMAND, ASSESSMENT, RESOURCE -> {
                models.demands().reveal(e.id());
                select("casefile-tab-resources");
            }
            case REFERRAL -> select("casefile-tab-referrals");
            case DOCUMENT -> select("casefile-tab-documents");
            case EVENT -> select("casefile-tab-household");
        }
    }

    /** An intervention's whole text, to read (a dialog: it is not routine editing). */
    private void read(CaseRecords.InterventionText i) {
        if (i == null) {
            return;
        }
        models.timeline().readingProperty().set(null);
        TextArea text = Focus.tabLeaves(new TextArea(i.notes()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(i18n.t("timeline.kind.intervention"));
        String author = models.timeline().entries().stream().filter(x -> i.id().equals(x.id())).findFirst()
                .map(TimelineEntry::authorName).orElse(null);
        d.setHeaderText(i18n.t(EntryLabels.interventionKind(i.kind())) + " · " + (author == null ? "" : author) + " · "
                + i18n.formatDate(i.occurredAt().atZone(I18n.ZONE).toLocalDate()));
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.t("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }

    private void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Ctrl+N in a case file: straight to the notes of a new intervention. */
    public void newIntervention() {
        editor.focusNotes();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        vm.detailsProperty().addListener(onDetails);
        models.timeline().readingProperty().addListener(onReading);
        if (vm.detailsProperty().get() == null) {
            vm.open();
            models.timeline().reload();
            form.restoreDraft();
            // Most often the professional opens a file to write down what happened.
            editor.focusNotes();
        } else {
            show(vm.detailsProperty().get());
        }
    }

    @Override
    public void deactivate() {
        vm.detailsProperty().removeListener(onDetails);
        models.timeline().readingProperty().removeListener(onReading);
        form.flushDraft();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.hasUnsavedChanges();
    }

    @Override
    public void discardChanges() {
        form.discard();
    }
}
