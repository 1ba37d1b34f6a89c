package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The person form: one column of labelled fields, each with its message underneath, the
 * duplicate warning and the conflict comparison above the save button. Use from the FX thread.
 */
public final class PersonFormView extends NodeView<javafx.scene.layout.BorderPane> {

    private final PersonFormViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final TextField first = new TextField();
    private int row;
    /** Every field's control, in the form's order. */
    private final java.util.Map<String, Control> controls = new java.util.LinkedHashMap<>();
    private final Codes codes;
    private final PersonRecordsViewModel records;
    private final PersonExportViewModel export;

    /**
     * @param records the edited person's households and merging a duplicate into them (null for a new person)
     * @param export the export of everything about the edited person (null for a new person)
     */
    public PersonFormView(PersonFormViewModel vm, PersonRecordsViewModel records, PersonExportViewModel export,
            I18n i18n, Codes codes, Consumer<PersonHit> openExisting) {
        super(new javafx.scene.layout.BorderPane());
        this.vm = vm;
        this.export = export;
        this.i18n = i18n;
        this.codes = codes;
        this.records = records;
        PersonFormFields f = vm.fields();
        grid.setHgap(12);
        grid.setVgap(4);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(i18n.bind(vm.isNew() ? "person.new.title" : "person.edit.title"));

        section("person.section.identity");
        text("givenName", "person.givenName", f.givenName, first, true);
        text("surname1", "person.surname1", f.surname1, new TextField(), false);
        text("surname2", "person.surname2", f.surname2, new TextField(), false);
        ComboBox<IdDocumentType> docType = Choices.translated(i18n, "person-docType", EntryLabels::docType,
                IdDocumentType.values());
        docType.valueProperty().bindBidirectional(f.docType);
        add("docType", "person.docType", docType, false);
        TextField doc = new TextField();
        doc.disableProperty().bind(f.docType.isEqualTo(IdDocumentType.NONE));
        text("docNumber", "person.docNumber", f.docNumber, doc, false);
        TextField birth = new TextField();
        birth.setPromptText("dd/mm/aaaa");
        text("birthDate", "person.birthDate", f.birthDate, birth, false);
        ComboBox<Sex> sex = Choices.translated(i18n, "person-sex", EntryLabels::sex, Sex.values());
        sex.valueProperty().bindBidirectional(f.sex);
        add("sex", "person.sex", sex, false);
        add("nationality", "person.nationality", codeBox("nationality", Catalogue.COUNTRY, f.nationality), false);
        add("motherTongue", "person.motherTongue", codeBox("motherTongue", Catalogue.LANGUAGE, f.motherTongue), false);
        section("person.section.contact");
        text("phone", "person.phone", f.phone, new TextField(), false);
        text("email", "person.email", f.email, new TextField(), false);
        text("address", "person.address", f.address, new TextField(), false);
        add("municipality", "person.municipality", codeBox("municipality", Catalogue.MUNICIPALITY, f.municipality), false);
        text("district", "person.district", f.district, new TextField(), false);
        section("person.section.situation");
        add("civilStatus", "person.civilStatus", codeBox("civilStatus", Catalogue.CIVIL_STATUS, f.civilStatus), false);
        add("educationLevel", "person.educationLevel", codeBox("educationLevel", Catalogue.EDUCATION_LEVEL,
                f.educationLevel), false);
        add("employment", "person.employment", codeBox("employment", Catalogue.EMPLOYMENT, f.employment), false);
        TextField disability = new TextField();
        disability.setPromptText("0–100 %");
        text("disabilityDegree", "person.disabilityDegree", f.disabilityDegree, disability, false);
        add("dependencyGrade", "person.dependencyGrade", codeBox("dependencyGrade", Catalogue.DEPENDENCY_GRADE,
                f.dependencyGrade), false);
        text("healthCard", "person.healthCard", f.healthCard, new TextField(), false);
        TextArea income = Focus.tabLeaves(new TextArea());
        income.setPrefRowCount(3);
        income.setWrapText(true);
        income.textProperty().bindBidirectional(f.incomeNotes);
        add("incomeNotes", "person.incomeNotes", income, false);
        if (vm.isNew() && vm.joiningHousehold() != null) {
            add("relationship", "household.column.relationship", codeBox("relationship", Catalogue.RELATIONSHIP,
                    f.relationship), true);
        } else if (vm.isNew()) {
            add("housingTenure", "person.housingTenure", codeBox("housingTenure", Catalogue.HOUSING_TENURE,
                    f.housingTenure), false);
        }

        Label failure = new Label();
        failure.setId("person-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(i18n.bindKey(vm.failureKey));
        Label saved = new Label();
        saved.setId("person-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(i18n.bind("person.saved"));
        saved.visibleProperty().bind(vm.saved);
        saved.managedProperty().bind(saved.visibleProperty());
        Button save = new Button();
        save.setId("person-save");
        save.textProperty().bind(i18n.bind(vm.isNew() ? "person.create" : "person.save"));
        save.setGraphic(AppIcon.SAVE.node(16));
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.saving.or(f.givenName.isEmpty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> f.givenName.get().isEmpty()
                ? i18n.t("person.save.disabled") : i18n.t("person.save.tooltip"), f.givenName, i18n.shownLanguage()));
        save.setTooltip(tip);
        save.setOnAction(e -> vm.save());
        // Ctrl+S as in the other forms, from any field (Enter works too: the button is the default one).
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (InterventionEditor.SAVE_AS_ELSEWHERE.match(k)) {
                k.consume();
                if (!save.isDisabled()) {
                    save.fire();
                }
            }
        });
        Label toFix = new Label();
        toFix.setId("person-fix-count");
        toFix.getStyleClass().add(Styles.DANGER);
        toFix.textProperty().bind(Bindings.createStringBinding(() -> vm.fieldsToFix.get() == 0 ? ""
                : i18n.t("person.fix.count", vm.fieldsToFix.get()), vm.fieldsToFix, i18n.shownLanguage()));
        vm.refusedSaves.addListener((o, a, b) -> focusFirstError());
        HBox actions = new HBox(12, save, saved, toFix, failure);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("form-actions");

        // Warnings and the save button stay in view however long the form is.
        VBox top = new VBox(10, title, new PersonDuplicatesBox(vm, i18n, openExisting).node(),
                new PersonConflictBox(vm, i18n, codes).node());
        top.setPadding(new Insets(20, 20, 10, 20));
        VBox content = new VBox(14, grid);
        if (!vm.isNew()) {
            content.getChildren().addAll(new PersonHouseholdsBox(records, i18n, codes, openExisting).node(),
                    new PersonMergeBox(records, i18n).node(), exportBox());
        }
        content.setPadding(new Insets(0, 20, 20, 20));
        content.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setTop(top);
        root.setCenter(scroll);
        root.setBottom(actions);
        root.setId(vm.isNew() ? "person-new-view" : "person-edit-view");
    }

    /** The right of access: the export of everything about the person, for those who may make it. */
    private Node exportBox() {
        Button button = new Button();
        button.setId("person-export");
        button.textProperty().bind(i18n.bind("person.export"));
        button.setGraphic(AppIcon.DOCUMENTS.node(16));
        button.disableProperty().bind(export.busy);
        button.setOnAction(e -> {
            java.nio.file.Path dir = cat.teixit.gui.common.FolderChooser.ask(root.getScene().getWindow(),
                    i18n.t("person.exportChoose"));
            if (dir != null) {
                export.export(dir);
            }
        });
        Label done = new Label();
        done.setId("person-export-done");
        done.getStyleClass().add(Styles.SUCCESS);
        done.setWrapText(true);
        done.textProperty().bind(export.message);
        VBox box = new VBox(6, button, done, Forms.errorLine(export.error));
        box.visibleProperty().bind(export.available);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A heading between groups of fields. */
    private void section(String key) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind(key));
        heading.getStyleClass().addAll(Styles.TITLE_4);
        heading.setPadding(new Insets(row == 0 ? 0 : 12, 0, 2, 0));
        grid.add(heading, 0, row++, 2, 1);
    }

    /** After a refused save: the first field to fix (in the form's order) gets the focus, scrolled into view. */
    private void focusFirstError() {
        controls.entrySet().stream().filter(c -> vm.errors.containsKey(c.getKey())).findFirst().ifPresent(c -> {
            c.getValue().requestFocus();
            Focus.scrollIntoView(c.getValue());
        });
    }

    private void text(String field, String labelKey, StringProperty value, TextField control, boolean required) {
        control.textProperty().bindBidirectional(value);
        add(field, labelKey, control, required);
    }

    private void add(String field, String labelKey, Control control, boolean required) {
        controls.put(field, control);
        control.setId("person-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(labelKey) + (required ? " *" : ""),
                i18n.shownLanguage()));
        label.setLabelFor(control);
        // Level with the text in the field, whatever message shows under it.
        label.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        Label error = new Label();
        error.setId("person-" + field + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        Runnable refresh = () -> {
            ValidationErrors.Problem p = vm.errors.get(field);
            error.setText(p == null ? "" : i18n.t(p.key(), p.args()));
            control.pseudoClassStateChanged(Styles.STATE_DANGER, p != null);
        };
        vm.errors.addListener((MapChangeListener<String, ValidationErrors.Problem>) c -> refresh.run());
        i18n.shownLanguage().addListener((o, a, b) -> refresh.run());
        control.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                vm.leave(field);
            }
        });
        grid.add(label, 0, row);
        grid.add(new VBox(2, control, error), 1, row);
        GridPane.setHgrow(grid.getChildren().getLast(), javafx.scene.layout.Priority.ALWAYS);
        row++;
    }

    private SearchableComboBox<CodeEntry> codeBox(String id, Catalogue catalogue, StringProperty code) {
        SearchableComboBox<CodeEntry> box = new SearchableComboBox<>();
        box.getItems().setAll(codes.offered(catalogue));
        box.setConverter(codes.converter());
        box.setValue(codes.find(catalogue, code.get()).orElse(null));
        code.addListener((o, a, b) -> {
            if (box.getValue() == null || !Objects.equals(box.getValue().code(), b)) {
                box.setValue(codes.find(catalogue, b).orElse(null));
            }
        });
        box.valueProperty().addListener((o, a, b) -> code.set(b == null ? null : b.code()));
        return box;
    }

    @Override
    protected void onShown() {
        if (!vm.isNew() && !vm.dirty.get()) {
            vm.load();
            records.load();
            export.load();
        }
        Focus.whenShown(first);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.dirty.get();
    }
}
