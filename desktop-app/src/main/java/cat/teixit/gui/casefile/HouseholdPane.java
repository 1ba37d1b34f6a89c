package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.PersonHitCell;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.HousingForm;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.search.PersonHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The household tab: who lives there now (add someone new or already known, mark who left), who
 * lived there before, and the housing situation. Use from the FX thread.
 */
final class HouseholdPane {

    private final ScrollPane root;
    private final HBox memberActions = new HBox(8);
    private final Button saveHousing;
    private final HouseholdViewModel vm;
    private final I18n i18n;
    private final Codes codes;
    private final TableView<CaseFileDetails.Member> current = table("household-members");
    private final TableView<CaseFileDetails.Member> past = table("household-past");
    private final ComboBox<CodeEntry> tenure;
    private final TextField address = new TextField();
    private final SearchableComboBox<CodeEntry> municipality = new SearchableComboBox<>();
    private final TextField district = new TextField();
    private final TextArea notes = Focus.tabLeaves(new TextArea());
    private final VBox addPanel = new VBox(8);
    /** The housing as the fields showed it after loading (to tell what the user changed). */
    private HousingForm shownHousing;

    HouseholdPane(HouseholdViewModel vm, I18n i18n, Codes codes, Navigator navigator) {
        this.vm = vm;
        this.i18n = i18n;
        this.codes = codes;
        tenure = codes.choice("household-tenure", Catalogue.HOUSING_TENURE);
        columns(current);
        columns(past);
        past.getColumns().add(column("household.column.left", m -> m.leftOn() == null ? "" : i18n.formatDate(m.leftOn())));
        current.setPlaceholder(new Label(i18n.t("household.none")));
        past.setPlaceholder(new Label(i18n.t("household.past.none")));
        for (TableView<CaseFileDetails.Member> t : List.of(current, past)) {
            t.setRowFactory(tv -> {
                TableRow<CaseFileDetails.Member> row = new TableRow<>();
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && row.getItem() != null) {
                        navigator.openPerson(row.getItem().personId(), null);
                    }
                });
                return row;
            });
        }
        Button add = Buttons.action(i18n, "household-add", "household.add", AppIcon.PERSON_ADD,
                () -> addPanel.setVisible(!addPanel.isVisible()));
        Button left = Buttons.action(i18n, "household-left", "household.left",
                () -> askLeft(current.getSelectionModel().getSelectedItem()));
        left.disableProperty().bind(current.getSelectionModel().selectedItemProperty().isNull());
        memberActions.getChildren().setAll(add, left);

        buildAddPanel(navigator);
        addPanel.setVisible(false);
        addPanel.managedProperty().bind(addPanel.visibleProperty());

        tenure.promptTextProperty().bind(i18n.bind("household.housing.unknown"));
        municipality.getItems().setAll(codes.offered(Catalogue.MUNICIPALITY));
        municipality.setConverter(codes.converter());
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        saveHousing = new Button();
        saveHousing.setId("household-save-housing");
        saveHousing.textProperty().bind(i18n.bind("household.saveHousing"));
        saveHousing.setOnAction(e -> saveHousing());
        GridPane housing = new GridPane();
        housing.setHgap(10);
        housing.setVgap(8);
        housing.addRow(0, Forms.label(i18n, "person.housingTenure"), tenure);
        housing.addRow(1, Forms.label(i18n, "person.address"), address);
        housing.addRow(2, Forms.label(i18n, "person.municipality"), municipality);
        housing.addRow(3, Forms.label(i18n, "person.district"), district);
        housing.addRow(4, Forms.label(i18n, "household.housingNotes"), notes);
        housing.add(saveHousing, 1, 5);
        GridPane.setHgrow(address, Priority.ALWAYS);

        vm.details.addListener((o, a, d) -> {
            if (d != null) {
                show(d);
            }
        });
        VBox box = new VBox(10, Forms.title(i18n, "household.current"), memberActions, addPanel, current,
                Forms.errorLine(vm.error),
                Forms.title(i18n, "household.past"), past, Forms.title(i18n, "household.housing"), housing);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    /** Someone already known (search) or someone new, with their relationship to the reference person. */
    private void buildAddPanel(Navigator navigator) {
        ComboBox<CodeEntry> relationship = codes.choice("household-add-relationship", Catalogue.RELATIONSHIP);
        relationship.setPromptText(i18n.t("household.column.relationship"));
        DatePicker since = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        since.setId("household-add-since");
        SearchViewModel searchVm = vm.search();
        TextField query = Fields.text("household-add-search", searchVm.query);
        query.promptTextProperty().bind(i18n.bind("household.add.search"));
        ListView<PersonHit> hits = new ListView<>(searchVm.results);
        hits.setId("household-add-results");
        hits.setCellFactory(lv -> new PersonHitCell(i18n));
        hits.setPrefHeight(160);
        Button addExisting = new Button();
        addExisting.setId("household-add-existing");
        addExisting.textProperty().bind(i18n.bind("household.add.existing"));
        addExisting.disableProperty().bind(hits.getSelectionModel().selectedItemProperty().isNull()
                .or(relationship.valueProperty().isNull()));
        addExisting.setOnAction(e -> vm.addExisting(hits.getSelectionModel().getSelectedItem().personId(),
                relationship.getValue().code(), since.getValue(), () -> addPanel.setVisible(false)));
        Button addNew = new Button();
        addNew.setId("household-add-new");
        addNew.textProperty().bind(i18n.bind("household.add.new"));
        addNew.setOnAction(e -> navigator.newPersonInHousehold(vm.details.get().householdId(),
                vm::joined));
        HBox row = new HBox(8, relationship, Forms.label(i18n, "household.column.joined"), since);
        row.setAlignment(Pos.CENTER_LEFT);
        addPanel.getChildren().addAll(row, query, hits, new HBox(8, addExisting, addNew));
        addPanel.getStyleClass().add("card");
    }

    private void askLeft(CaseFileDetails.Member m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.t("household.left"));
        dialog.setHeaderText(i18n.t("household.left.question", m.displayName()));
        DatePicker date = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        dialog.getDialogPane().setContent(date);
        ButtonType ok = new ButtonType(i18n.t("household.left"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.t("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            vm.left(m, date.getValue());
        }
    }

    private void saveHousing() {
        // Only what the user changed is saved: a code the lists no longer offer stays as stored.
        vm.saveHousing(shownHousing, typedHousing());
    }

    private HousingForm typedHousing() {
        return new HousingForm(tenure.getValue() == null ? null : tenure.getValue().code(), notes.getText(),
                address.getText(), municipality.getValue() == null ? null : municipality.getValue().code(),
                district.getText());
    }

    /** A table as tall as its rows (up to {@code most}; then it scrolls), so that no member hides below. */
    private static void fitRows(TableView<?> t, int most) {
        int rows = Math.max(1, Math.min(most, t.getItems().size()));
        double height = 42 + rows * t.getFixedCellSize() + 2;
        t.setPrefHeight(t.getItems().isEmpty() ? 90 : height);
        t.setMinHeight(t.getPrefHeight());
    }

    private static TableView<CaseFileDetails.Member> table(String id) {
        TableView<CaseFileDetails.Member> t = new TableView<>();
        t.setId(id);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setFixedCellSize(40);
        t.setPrefHeight(180);
        return t;
    }

    private void columns(TableView<CaseFileDetails.Member> t) {
        t.getColumns().addAll(List.of(
                column("household.column.name", CaseFileDetails.Member::displayName),
                column("household.column.relationship", m -> m.reference() ? i18n.t("household.reference")
                        : codes.label(Catalogue.RELATIONSHIP, m.relationship())),
                column("household.column.age", m -> m.age() == null ? "" : String.valueOf(m.age())),
                column("household.column.document", m -> m.docTail() == null ? i18n.t("search.noDocument") : m.docTail()),
                column("household.column.joined", m -> i18n.formatDate(m.joinedOn()))));
    }

    private TableColumn<CaseFileDetails.Member, String> column(String key, Function<CaseFileDetails.Member, String> value) {
        TableColumn<CaseFileDetails.Member, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private void show(CaseFileDetails d) {
        // Another team's case file granted read only: no member changes, the housing shown but not saved.
        boolean editable = !d.alerts().contains(CaseFileDetails.Alert.READ_ONLY);
        for (Node n : List.of(memberActions, saveHousing)) {
            n.setVisible(editable);
            n.setManaged(editable);
        }
        if (!editable) {
            addPanel.setVisible(false);
        }
        current.getItems().setAll(d.members());
        past.getItems().setAll(d.pastMembers());
        fitRows(current, 8);
        fitRows(past, 5);
        tenure.setValue(codes.find(Catalogue.HOUSING_TENURE, d.housingTenure()).orElse(null));
        address.setText(d.address() == null ? "" : d.address());
        municipality.setValue(codes.find(Catalogue.MUNICIPALITY, d.municipality()).orElse(null));
        district.setText(d.district() == null ? "" : d.district());
        notes.setText(d.housingNotes() == null ? "" : d.housingNotes());
        shownHousing = typedHousing();
    }

    Node node() {
        return root;
    }
}
