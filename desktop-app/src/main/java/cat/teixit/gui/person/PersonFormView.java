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
import cat.teixit.model.casefile.Person;
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

    public PersonFormView(PersonFormViewModel vm, I18n i18n, CatalogueService catalogues,
            Consumer<PersonHit> openExisting) {
        this.vm = vm;
        this.i18n = i18n;
        this.open = openExisting;
        householdsBox.setId("person-households");
        vm.householdsProperty().addListener((o, a, list) -> showHouseholds(list, catalogues));
        grid.setHgap(12);
        grid.setVgap(4);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(i18n.bind(vm.isNew() ? "person.new.title" : "person.edit.title"));

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
        text("phone", "person.phone", vm.phoneProperty(), new TextField(), false);
        text("email", "person.email", vm.emailProperty(), new TextField(), false);
        text("address", "person.address", vm.addressProperty(), new TextField(), false);
        add("municipality", "person.municipality", codes("municipality", Catalogue.MUNICIPALITY, vm.municipalityProperty(),
                catalogues), false);
        text("district", "person.district", vm.districtProperty(), new TextField(), false);
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
        HBox actions = new HBox(12, save, saved, failure);
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

    private void text(String field, String labelKey, StringProperty value, TextField control, boolean required) {
        control.textProperty().bindBidirectional(value);
        add(field, labelKey, control, required);
    }

    private void add(String field, String labelKey, Control control, boolean required) {
        control.setId("person-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> i18n.t(labelKey) + (required ? " *" : ""),
                i18n.shownLanguage()));
        label.setLabelFor(control);
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

    private void showConflict(Person theirs) {
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
        PersonForm saved = PersonService.formOf(theirs);
        int r = 1;
        r = compare(cmp, r, "person.givenName", mine.givenName(), saved.givenName());
        r = compare(cmp, r, "person.surname1", mine.surname1(), saved.surname1());
        r = compare(cmp, r, "person.surname2", mine.surname2(), saved.surname2());
        r = compare(cmp, r, "person.docNumber", mine.docNumber(), saved.docNumber());
        r = compare(cmp, r, "person.phone", mine.phone(), saved.phone());
        r = compare(cmp, r, "person.email", mine.email(), saved.email());
        r = compare(cmp, r, "person.address", mine.address(), saved.address());
        compare(cmp, r, "person.district", mine.district(), saved.district());
        Button keepMine = new Button(i18n.t("person.conflict.keepMine"));
        keepMine.setId("person-conflict-keep-mine");
        keepMine.setOnAction(e -> vm.keepMine());
        Button takeTheirs = new Button(i18n.t("person.conflict.takeTheirs"));
        takeTheirs.setId("person-conflict-take-theirs");
        takeTheirs.setOnAction(e -> vm.takeTheirs());
        conflict.getChildren().addAll(head, cmp, new HBox(10, keepMine, takeTheirs));
    }

    private int compare(GridPane g, int r, String key, String mine, String theirs) {
        String a = mine == null ? "" : mine.strip();
        String b = theirs == null ? "" : theirs;
        if (a.equals(b)) {
            return r;
        }
        g.addRow(r, new Label(i18n.t(key)), new Label(a), new Label(b));
        return r + 1;
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
