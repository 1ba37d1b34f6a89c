package cat.teixit.gui.person;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.PersonHitCell;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
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
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The person form: one column of labelled fields, each with its message underneath, the
 * duplicate warning and the conflict comparison above the save button. Use from the FX thread.
 */
public final class PersonFormView implements View {

    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
    private final PersonFormViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox duplicates = new VBox(6);
    private final VBox conflict = new VBox(6);
    private final TextField first = new TextField();
    private final VBox householdsBox = new VBox(4);
    private final Consumer<PersonHit> open;
    private int row;
    /** Every field's control, in the form's order. */
    private final java.util.Map<String, Control> controls = new java.util.LinkedHashMap<>();
    private final CatalogueService catalogues;

    public PersonFormView(PersonFormViewModel vm, I18n i18n, CatalogueService catalogues,
            Consumer<PersonHit> openExisting) {
        this.vm = vm;
        this.i18n = i18n;
        this.open = openExisting;
        this.catalogues = catalogues;
        householdsBox.setId("person-households");
        vm.householdsProperty().addListener((o, a, list) -> showHouseholds(list, catalogues));
        grid.setHgap(12);
        grid.setVgap(4);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(i18n.bind(vm.isNew() ? "person.new.title" : "person.edit.title"));

        section("person.section.identity");
        text("givenName", "person.givenName", vm.givenNameProperty(), first, true);
        text("surname1", "person.surname1", vm.surname1Property(), new TextField(), false);
        text("surname2", "person.surname2", vm.surname2Property(), new TextField(), false);
        ComboBox<IdDocumentType> docType = new ComboBox<>();
        docType.setId("person-docType");
        docType.getItems().setAll(IdDocumentType.values());
        docType.valueProperty().bindBidirectional(vm.docTypeProperty());
        docType.setConverter(converter(t -> i18n.t(docTypeKey(t))));
        add("docType", "person.docType", docType, false);
        TextField doc = new TextField();
        doc.disableProperty().bind(vm.docTypeProperty().isEqualTo(IdDocumentType.NONE));
        text("docNumber", "person.docNumber", vm.docNumberProperty(), doc, false);
        TextField birth = new TextField();
        birth.setPromptText("dd/mm/aaaa");
        text("birthDate", "person.birthDate", vm.birthDateProperty(), birth, false);
        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId("person-sex");
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(vm.sexProperty());
        sex.setConverter(converter(x -> i18n.t(sexKey(x))));
        add("sex", "person.sex", sex, false);
        add("nationality", "person.nationality", codes("nationality", Catalogue.COUNTRY, vm.nationalityProperty(), catalogues), false);
        add("motherTongue", "person.motherTongue", codes("motherTongue", Catalogue.LANGUAGE, vm.motherTongueProperty(),
                catalogues), false);
        section("person.section.contact");
        text("phone", "person.phone", vm.phoneProperty(), new TextField(), false);
        text("email", "person.email", vm.emailProperty(), new TextField(), false);
        text("address", "person.address", vm.addressProperty(), new TextField(), false);
        add("municipality", "person.municipality", codes("municipality", Catalogue.MUNICIPALITY, vm.municipalityProperty(),
                catalogues), false);
        text("district", "person.district", vm.districtProperty(), new TextField(), false);
        section("person.section.situation");
        add("civilStatus", "person.civilStatus", codes("civilStatus", Catalogue.CIVIL_STATUS, vm.civilStatusProperty(),
                catalogues), false);
        add("educationLevel", "person.educationLevel", codes("educationLevel", Catalogue.EDUCATION_LEVEL,
                vm.educationLevelProperty(), catalogues), false);
        add("employment", "person.employment", codes("employment", Catalogue.EMPLOYMENT, vm.employmentProperty(),
                catalogues), false);
        TextField disability = new TextField();
        disability.setPromptText("0–100 %");
        text("disabilityDegree", "person.disabilityDegree", vm.disabilityDegreeProperty(), disability, false);
        add("dependencyGrade", "person.dependencyGrade", codes("dependencyGrade", Catalogue.DEPENDENCY_GRADE,
                vm.dependencyGradeProperty(), catalogues), false);
        text("healthCard", "person.healthCard", vm.healthCardProperty(), new TextField(), false);
        TextArea income = new TextArea();
        income.setPrefRowCount(3);
        income.setWrapText(true);
        income.textProperty().bindBidirectional(vm.incomeNotesProperty());
        add("incomeNotes", "person.incomeNotes", income, false);
        if (vm.isNew() && vm.joiningHousehold() != null) {
            add("relationship", "household.column.relationship", codes("relationship", Catalogue.RELATIONSHIP,
                    vm.relationshipProperty(), catalogues), true);
        } else if (vm.isNew()) {
            add("housingTenure", "person.housingTenure", codes("housingTenure", Catalogue.HOUSING_TENURE,
                    vm.housingTenureProperty(), catalogues), false);
        }

        duplicates.setId("person-duplicates");
        duplicates.getStyleClass().add("card");
        vm.duplicatesProperty().addListener((o, a, d) -> showDuplicates(d, openExisting));
        showDuplicates(null, openExisting);
        conflict.setId("person-conflict");
        conflict.getStyleClass().add("card");
        vm.conflictProperty().addListener((o, a, theirs) -> showConflict(theirs));
        showConflict(null);

        Label failure = new Label();
        failure.setId("person-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.textProperty().bind(Bindings.createStringBinding(() -> vm.failureKeyProperty().get() == null ? ""
                : i18n.t(vm.failureKeyProperty().get()), vm.failureKeyProperty(), i18n.shownLanguage()));
        Label saved = new Label();
        saved.setId("person-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(i18n.bind("person.saved"));
        saved.visibleProperty().bind(vm.savedProperty());
        saved.managedProperty().bind(saved.visibleProperty());
        Button save = new Button();
        save.setId("person-save");
        save.textProperty().bind(i18n.bind(vm.isNew() ? "person.create" : "person.save"));
        save.setGraphic(AppIcon.SAVE.node(16));
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty().or(vm.givenNameProperty().isEmpty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.givenNameProperty().get().isEmpty()
                ? i18n.t("person.save.disabled") : i18n.t("person.save.tooltip"), vm.givenNameProperty(), i18n.shownLanguage()));
        save.setTooltip(tip);
        save.setOnAction(e -> vm.save());
        Label toFix = new Label();
        toFix.setId("person-fix-count");
        toFix.getStyleClass().add(Styles.DANGER);
        toFix.textProperty().bind(Bindings.createStringBinding(() -> vm.fieldsToFixProperty().get() == 0 ? ""
                : i18n.t("person.fix.count", vm.fieldsToFixProperty().get()), vm.fieldsToFixProperty(), i18n.shownLanguage()));
        vm.refusedSavesProperty().addListener((o, a, b) -> focusFirstError());
        HBox actions = new HBox(12, save, saved, toFix, failure);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("form-actions");

        // Warnings and the save button stay in view however long the form is.
        VBox top = new VBox(10, title, duplicates, conflict);
        top.setPadding(new Insets(20, 20, 10, 20));
        VBox content = new VBox(14, grid);
        if (!vm.isNew()) {
            content.getChildren().addAll(householdsBox, mergeBox());
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
        controls.entrySet().stream().filter(c -> vm.errors().containsKey(c.getKey())).findFirst().ifPresent(c -> {
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
            ValidationErrors.Problem p = vm.errors().get(field);
            error.setText(p == null ? "" : i18n.t(p.key(), p.args()));
            control.pseudoClassStateChanged(Styles.STATE_DANGER, p != null);
        };
        vm.errors().addListener((MapChangeListener<String, ValidationErrors.Problem>) c -> refresh.run());
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

    private SearchableComboBox<CodeEntry> codes(String id, Catalogue catalogue, StringProperty code,
            CatalogueService catalogues) {
        SearchableComboBox<CodeEntry> box = new SearchableComboBox<>();
        box.getItems().setAll(catalogues.active(catalogue));
        box.setConverter(converter(e -> e.label(i18n.language())));
        box.setValue(catalogues.find(catalogue, code.get()).orElse(null));
        code.addListener((o, a, b) -> {
            if (box.getValue() == null || !Objects.equals(box.getValue().code(), b)) {
                box.setValue(catalogues.find(catalogue, b).orElse(null));
            }
        });
        box.valueProperty().addListener((o, a, b) -> code.set(b == null ? null : b.code()));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static String docTypeKey(IdDocumentType t) {
        return switch (t) {
            case DNI -> "person.docType.dni";
            case NIE -> "person.docType.nie";
            case PASSPORT -> "person.docType.passport";
            case OTHER -> "person.docType.other";
            case NONE -> "person.docType.none";
        };
    }

    static String sexKey(Sex s) {
        return switch (s) {
            case F -> "person.sex.f";
            case M -> "person.sex.m";
            case X -> "person.sex.x";
        };
    }

    private void showDuplicates(PersonService.DuplicateCheck d, Consumer<PersonHit> openExisting) {
        duplicates.getChildren().clear();
        boolean show = d != null && !d.isEmpty();
        duplicates.setVisible(show);
        duplicates.setManaged(show);
        if (!show) {
            return;
        }
        Label head = new Label(i18n.t(d.blocks() ? "person.duplicates.blocking" : "person.duplicates.similar"));
        head.setWrapText(true);
        head.setGraphic(AppIcon.WARNING.node(16));
        head.getStyleClass().add(d.blocks() ? Styles.DANGER : Styles.WARNING);
        duplicates.getChildren().add(head);
        for (var s : d.listed()) {
            PersonHit h = s.person();
            Button open = new Button(i18n.t("person.duplicates.open"));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(e -> openExisting.accept(h));
            Label who = new Label(h.sortName() + " · " + PersonHitCell.details(h, i18n));
            Label why = new Label(SimilarityTexts.of(s.reasons(), i18n));
            why.getStyleClass().add(Styles.TEXT_MUTED);
            HBox line = new HBox(10, open, who, why);
            line.setAlignment(Pos.CENTER_LEFT);
            duplicates.getChildren().add(line);
        }
        if (!d.blocks()) {
            Button anyway = new Button(i18n.t("person.duplicates.createAnyway"));
            anyway.setId("person-create-anyway");
            anyway.setOnAction(e -> vm.saveDespiteSimilar());
            duplicates.getChildren().add(anyway);
        }
    }

    private void showHouseholds(java.util.List<PersonService.Membership> list, CatalogueService catalogues) {
        householdsBox.getChildren().clear();
        Label title = new Label(i18n.t("person.households"));
        title.getStyleClass().add(Styles.TITLE_4);
        householdsBox.getChildren().add(title);
        for (PersonService.Membership m : list == null ? java.util.List.<PersonService.Membership>of() : list) {
            String rel = m.reference() ? i18n.t("household.reference")
                    : catalogues.label(Catalogue.RELATIONSHIP, m.relationship(), i18n.language());
            String when = m.leftOn() == null ? i18n.t("person.households.since", i18n.formatDate(m.joinedOn()))
                    : i18n.t("person.households.between", i18n.formatDate(m.joinedOn()), i18n.formatDate(m.leftOn()));
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(m.householdName() + " · " + rel + " · "
                    + when + (m.caseNumber() == null ? "" : " · " + m.caseNumber()));
            link.setDisable(m.caseFileId() == null);
            link.setOnAction(e -> open.accept(new PersonHit(null, "", null, null, null, null, null, null, null,
                    m.caseFileId(), m.caseNumber(), null, null)));
            householdsBox.getChildren().add(link);
        }
    }

    /** Merge a duplicate into this person: search it, then confirm (a decision: a dialog). */
    private Node mergeBox() {
        Label title = new Label(i18n.t("person.merge.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label help = new Label(i18n.t("person.merge.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        TextField query = new TextField();
        query.setId("person-merge-search");
        query.setPromptText(i18n.t("person.merge.search"));
        javafx.scene.control.ListView<PersonHit> hits = new javafx.scene.control.ListView<>(vm.mergeCandidates());
        hits.setPrefHeight(140);
        hits.setCellFactory(lv -> new PersonHitCell(i18n));
        query.textProperty().addListener((o, a, q) -> vm.searchMergeCandidates(q));
        Button merge = new Button(i18n.t("person.merge.button"));
        merge.setId("person-merge");
        merge.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(e -> {
            PersonHit dup = hits.getSelectionModel().getSelectedItem();
            javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    i18n.t("person.merge.confirm", dup.sortName()), javafx.scene.control.ButtonType.OK,
                    javafx.scene.control.ButtonType.CANCEL);
            confirm.initOwner(root.getScene().getWindow());
            confirm.setHeaderText(i18n.t("person.merge.title"));
            if (confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent()) {
                vm.merge(dup.personId());
            }
        });
        VBox box = new VBox(6, title, help, query, hits, merge);
        box.getStyleClass().add("card");
        return box;
    }

    private void showConflict(PersonForm theirs) {
        conflict.getChildren().clear();
        conflict.setVisible(theirs != null);
        conflict.setManaged(theirs != null);
        if (theirs == null) {
            return;
        }
        Label head = new Label(i18n.t("person.conflict.message"));
        head.setWrapText(true);
        head.setGraphic(AppIcon.WARNING.node(16));
        head.getStyleClass().add(Styles.WARNING);
        GridPane cmp = new GridPane();
        cmp.setHgap(16);
        cmp.setVgap(4);
        cmp.addRow(0, new Label(""), bold(i18n.t("person.conflict.mine")), bold(i18n.t("person.conflict.theirs")));
        PersonForm mine = vm.typed();
        int r = 1;
        // What this user changed, beside what is saved now: the other fields keep the saved values.
        for (String field : vm.changedFields()) {
            String a = shown(field, mine);
            String b = shown(field, theirs);
            if (!a.equals(b)) {
                cmp.addRow(r++, new Label(i18n.t(label(field))), new Label(a), new Label(b));
            }
        }
        Button keepMine = new Button(i18n.t("person.conflict.keepMine"));
        keepMine.setId("person-conflict-keep-mine");
        keepMine.setOnAction(e -> vm.keepMine());
        Button takeTheirs = new Button(i18n.t("person.conflict.takeTheirs"));
        takeTheirs.setId("person-conflict-take-theirs");
        takeTheirs.setOnAction(e -> vm.takeTheirs());
        conflict.getChildren().addAll(head, cmp, new HBox(10, keepMine, takeTheirs));
    }

    /** A field's value as the form shows it: codes by their label, dates as people write them. */
    private String shown(String field, PersonForm f) {
        Object v = switch (field) {
            case "givenName" -> f.givenName();
            case "surname1" -> f.surname1();
            case "surname2" -> f.surname2();
            case "docType" -> f.docType() == null ? null : i18n.t(docTypeKey(f.docType()));
            case "docNumber" -> f.docNumber();
            case "birthDate" -> f.birthDate() == null ? null : i18n.formatDate(f.birthDate());
            case "sex" -> f.sex() == null ? null : i18n.t(sexKey(f.sex()));
            case "nationality" -> code(Catalogue.COUNTRY, f.nationality());
            case "motherTongue" -> code(Catalogue.LANGUAGE, f.motherTongue());
            case "phone" -> f.phone();
            case "email" -> f.email();
            case "address" -> f.address();
            case "municipality" -> code(Catalogue.MUNICIPALITY, f.municipality());
            case "district" -> f.district();
            case "healthCard" -> f.healthCard();
            case "disabilityDegree" -> f.disabilityDegree() == null ? null : f.disabilityDegree() + " %";
            case "dependencyGrade" -> code(Catalogue.DEPENDENCY_GRADE, f.dependencyGrade());
            case "civilStatus" -> code(Catalogue.CIVIL_STATUS, f.civilStatus());
            case "educationLevel" -> code(Catalogue.EDUCATION_LEVEL, f.educationLevel());
            case "employment" -> code(Catalogue.EMPLOYMENT, f.employment());
            case "incomeNotes" -> f.incomeNotes();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "" : v.toString().strip();
    }

    private String code(Catalogue catalogue, String code) {
        return code == null || code.isBlank() ? null : catalogues.label(catalogue, code, i18n.language());
    }

    /** The label key of a field of the person form. */
    static String label(String field) {
        return "person." + field;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        if (!vm.isNew() && !vm.dirtyProperty().get()) {
            vm.load();
        }
        Focus.whenShown(first);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.dirtyProperty().get();
    }
}
