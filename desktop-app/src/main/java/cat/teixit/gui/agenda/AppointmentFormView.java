package cat.teixit.gui.agenda;

import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Focus;
import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.FormErrorLabel;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.SearchBox;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.agenda.AppointmentKind;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The booking form in a tab: who, what, when, where; Ctrl+Enter saves. Thin: the view model holds the rules. */
public final class AppointmentFormView extends NodeView<ScrollPane> {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final AppointmentFormViewModel vm;
    private final ComboBox<AppointmentService.Professional> professional = new ComboBox<>();

    /** @param people the person search of a new appointment's form (null: none, who it is with is given) */
    public AppointmentFormView(AppointmentFormViewModel vm, SearchViewModel people, I18n i18n) {
        super(new ScrollPane());
        this.vm = vm;
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(i18n.bind(vm.isNew() ? "agenda.form.new" : "agenda.form.edit"));
        Label with = new Label();
        with.setId("appointment-with");
        with.getStyleClass().add(Styles.TEXT_BOLD);
        with.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.withWhom() == null ? i18n.t("agenda.form.internal") : vm.withWhom(), vm.with,
                i18n.shownLanguage()));
        Node withRow = with;
        if (vm.isNew() && people != null) {
            // A new appointment's person: found as anywhere (name, document, phone, case number).
            SearchBox search = new SearchBox(people, i18n, vm::choosePerson);
            search.node().setId("appointment-person-search");
            ((javafx.scene.control.TextField) search.node()).setPrefWidth(320);
            withRow = new VBox(4, with, search.node());
        }

        professional.setId("appointment-professional");
        professional.setItems(vm.professionals);
        professional.setConverter(AgendaView.NAMES);
        vm.professionals.addListener((ListChangeListener<AppointmentService.Professional>) c -> selectProfessional());
        professional.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.professionalId.set(p.id());
            }
        });

        ComboBox<AppointmentKind> kind = new ComboBox<>();
        kind.setId("appointment-kind");
        kind.getItems().setAll(AppointmentKind.values());
        kind.setCellFactory(lv -> kindCell(i18n));
        kind.setButtonCell(kindCell(i18n));
        kind.valueProperty().bindBidirectional(vm.kind);

        DatePicker date = Fields.date(i18n, "appointment-date", vm.date);
        TextField start = timeField("appointment-start", vm.startTime);
        TextField end = timeField("appointment-end", vm.endTime);
        TextField room = Fields.text("appointment-room", vm.room);
        DatePicker requested = Fields.date(i18n, "appointment-request-date", vm.requestDate);
        TextArea notes = Focus.tabLeaves(new TextArea());
        notes.setId("appointment-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(vm.notes);
        if (!vm.notesReadable()) {
            notes.setDisable(true);
            notes.setPromptText(i18n.t("agenda.form.notesHidden"));
        }
        CheckBox confidential = new CheckBox();
        confidential.setId("appointment-confidential");
        confidential.textProperty().bind(i18n.bind("agenda.form.confidential"));
        confidential.selectedProperty().bindBidirectional(vm.confidential);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label(i18n, "agenda.form.with"), withRow);
        grid.addRow(row++, label(i18n, "agenda.form.professional"), professional);
        grid.addRow(row++, label(i18n, "agenda.form.kind"), kind);
        grid.addRow(row++, label(i18n, "agenda.form.date"), date);
        grid.addRow(row++, label(i18n, "agenda.form.time"), new HBox(6, start, new Label("–"), end));
        grid.addRow(row++, label(i18n, "agenda.form.room"), room);
        grid.addRow(row++, label(i18n, "agenda.form.requestDate"), requested);
        grid.addRow(row++, label(i18n, "agenda.form.notes"), notes);
        grid.add(confidential, 1, row);

        Label errors = FormErrorLabel.of("appointment-errors", i18n, vm.errors, vm.failureKey,
                AppointmentFormView::fieldKey);

        CheckBox override = new CheckBox();
        override.setId("appointment-override");
        override.textProperty().bind(i18n.bind("agenda.form.override"));
        override.selectedProperty().bindBidirectional(vm.allowDoubleBooking);
        override.visibleProperty().bind(vm.clash);
        override.managedProperty().bind(vm.clash);

        Button save = new Button();
        save.setId("appointment-save");
        save.textProperty().bind(i18n.bind(vm.isNew() ? "agenda.form.book" : "agenda.form.save"));
        save.setGraphic(AppIcon.SAVE.node(16));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.saving);
        save.setOnAction(e -> vm.save());

        VBox box = new VBox(12, title, grid, errors, override, save);
        box.setPadding(new Insets(16));
        box.setId("appointment-form");
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (SAVE.match(k)) {
                vm.save();
                k.consume();
            }
        });
        root.setContent(box);
        root.setFitToWidth(true);
        vm.loadProfessionals();
    }

    private void selectProfessional() {
        UUID id = vm.professionalId.get();
        vm.professionals.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(professional::setValue);
    }

    private static String fieldKey(String field) {
        return switch (field) {
            case "professionalId" -> "agenda.form.professional";
            case "kind" -> "agenda.form.kind";
            case "startsAt", "endsAt" -> "agenda.form.time";
            case "room" -> "agenda.form.room";
            case "requestDate" -> "agenda.form.requestDate";
            case "notes" -> "agenda.form.notes";
            default -> null;
        };
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private static TextField timeField(String id, javafx.beans.property.StringProperty value) {
        TextField t = Fields.text(id, value);
        t.setPrefColumnCount(5);
        return t;
    }

    private static ListCell<AppointmentKind> kindCell(I18n i18n) {
        return Choices.cell(k -> i18n.t(EnumKeys.appointmentKind(k)));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.hasUnsavedChanges();
    }

    @Override
    public void discardChanges() {
        vm.saved.set(true);
    }
}
