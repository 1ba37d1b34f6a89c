package cat.teixit.gui.directory;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.model.directory.EntryRow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The area "Recursos": a search box (focused when shown; Down goes to the results), a category, the results, and
 * the chosen entry's details with the sheet for the person (Ctrl+P), a referral of a case file to it and the sheet
 * filed in the case; the administrator adds (Ctrl+N), edits (F2, Ctrl+S saves, Esc discards) and deactivates
 * entries. Use from the FX thread.
 */
public final class DirectoryView extends NodeView<SplitPane> {

    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DirectoryViewModel vm;
    private final EntryFormViewModel form;
    private final DirectoryReferralViewModel referral;
    private final I18n i18n;
    private final TextField search = new TextField();
    private final ListView<EntryRow> list = new ListView<>();
    private final VBox detail = new VBox(8);
    private final ScrollPane detailScroll = new ScrollPane(detail);

    public DirectoryView(DirectoryViewModel vm, I18n i18n) {
        super(new SplitPane());
        this.vm = vm;
        this.form = vm.form();
        this.referral = vm.referral();
        this.i18n = i18n;
        ChangeListener<Object> research = (o, a, b) -> vm.search();
        ChangeListener<Object> redraw = (o, a, b) -> showDetail();
        shown.listen(vm.query, research).listen(vm.category, research)
                .listen(vm.showInactive, research).listen(vm.selectedProperty(), redraw)
                .listen(form.editing, redraw);
        search.setId("directory-search");
        search.promptTextProperty().bind(i18n.bind("directory.search.prompt"));
        search.textProperty().bindBidirectional(vm.query);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        ComboBox<String> category = new ComboBox<>();
        category.setId("directory-category");
        List<String> cats = new ArrayList<>();
        cats.add(null);
        cats.addAll(DirectoryService.CATEGORIES);
        category.getItems().setAll(cats);
        category.setConverter(categories());
        category.valueProperty().bindBidirectional(vm.category);
        HBox filters = new HBox(8, search, category);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox left = new VBox(8, filters);
        if (vm.mayEdit()) {
            CheckBox inactive = new CheckBox();
            inactive.setId("directory-show-inactive");
            inactive.textProperty().bind(i18n.bind("directory.showInactive"));
            inactive.selectedProperty().bindBidirectional(vm.showInactive);
            Button add = Buttons.action(i18n, "directory-new", "directory.add", () -> form.startNew());
            left.getChildren().add(new HBox(8, add, inactive));
        }
        list.setId("directory-results");
        list.setItems(vm.results);
        list.setCellFactory(v -> Choices.cell(r -> r.name() + (r.municipality() == null ? "" : " · " + r.municipality())
                + (r.active() ? "" : " (" + i18n.t("directory.inactive") + ")")));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        Label status = new Label();
        status.setId("directory-status");
        status.textProperty().bind(vm.status);
        status.getStyleClass().add(Styles.TEXT_MUTED);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.getChildren().addAll(list, status);
        left.setPadding(new Insets(12));
        detail.setId("directory-detail");
        detail.setPadding(new Insets(12));
        detailScroll.setFitToWidth(true);
        root.getItems().setAll(left, detailScroll);
        root.setDividerPositions(0.42);
        root.setId("directory-view");
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PRINT.match(e)) {
                referral.printSheet();
                e.consume();
            } else if (NEW.match(e) && vm.mayEdit()) {
                form.startNew();
                e.consume();
            } else if (SAVE.match(e) && form.editing.get()) {
                form.save();
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && vm.mayEdit() && !form.editing.get()) {
                form.startEdit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && form.editing.get()) {
                form.cancelEdit();
                e.consume();
            }
        });
        showDetail();
    }

    /** The search's categories: each by its name, and none as all of them. */
    private StringConverter<String> categories() {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? i18n.t("directory.category.all") : i18n.t(DirectoryService.categoryKey(code));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }

    private void showDetail() {
        detail.getChildren().clear();
        if (form.editing.get()) {
            detail.getChildren().add(EntryFormPane.of(form, i18n, messages()));
            return;
        }
        EntryRow r = vm.selectedProperty().get();
        if (r == null) {
            detail.getChildren().add(new Label(i18n.t("directory.detail.empty")));
            detail.getChildren().add(messages());
            return;
        }
        Label name = new Label(r.name());
        name.setId("directory-detail-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        detail.getChildren().add(name);
        String sub = (r.administration() == null ? "" : r.administration() + " · ")
                + i18n.t(DirectoryService.categoryKey(r.category()))
                + (r.active() ? "" : " · " + i18n.t("directory.inactive"));
        Label what = new Label(sub);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        detail.getChildren().add(what);
        GridPane g = new GridPane(10, 4);
        int row = 0;
        row = line(g, row, "directory.field.audience", r.audience());
        row = line(g, row, "directory.field.requirements", r.requirements());
        row = line(g, row, "directory.field.address", r.address());
        row = line(g, row, "directory.field.municipality", r.municipality());
        row = line(g, row, "directory.field.openingHours", r.openingHours());
        row = line(g, row, "directory.field.phone", r.phone());
        row = line(g, row, "directory.field.email", r.email());
        row = line(g, row, "directory.field.web", r.web());
        if (r.latitude() != null) {
            line(g, row, "directory.field.coordinates", r.latitude() + ", " + r.longitude());
        }
        detail.getChildren().add(g);
        Button print = Buttons.action(i18n, "directory-print", "directory.print", referral::printSheet);
        HBox actions = new HBox(8, print);
        if (vm.mayEdit()) {
            actions.getChildren().addAll(Buttons.action(i18n, "directory-edit", "directory.edit", form::startEdit),
                    Buttons.action(i18n, "directory-toggle", r.active() ? "directory.deactivate" : "directory.activate",
                            form::toggleActive));
        }
        detail.getChildren().add(actions);
        if (referral.mayUseCaseFiles()) {
            ComboBox<CaseFileService.CaseFileSummary> cases = Choices.caseFiles("directory-case",
                    referral.caseChoices, i18n, "directory.forCase");
            cases.valueProperty().bindBidirectional(referral.caseFile);
            TextField reason = Fields.text("directory-reason", referral.reason);
            reason.promptTextProperty().bind(i18n.bind("directory.reason"));
            Button refer = Buttons.action(i18n, "directory-refer", "directory.refer", referral::refer);
            refer.disableProperty().bind(referral.caseFile.isNull());
            Button file = Buttons.action(i18n, "directory-print-case", "directory.printForCase", referral::printForCase);
            file.disableProperty().bind(referral.caseFile.isNull());
            HBox.setHgrow(reason, Priority.ALWAYS);
            detail.getChildren().addAll(new HBox(8, cases, reason), new HBox(8, refer, file));
        }
        detail.getChildren().add(messages());
    }

    private VBox messages() {
        Label error = new Label();
        error.setId("directory-error");
        error.textProperty().bind(vm.errorProperty());
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Label notice = new Label();
        notice.setId("directory-notice");
        notice.textProperty().bind(vm.noticeProperty());
        notice.setWrapText(true);
        return new VBox(4, error, notice);
    }

    private int line(GridPane g, int row, String key, String text) {
        if (text == null || text.isBlank()) {
            return row;
        }
        Label label = new Label(i18n.t(key));
        label.getStyleClass().add(Styles.TEXT_BOLD);
        Label value = new Label(text);
        value.setWrapText(true);
        g.addRow(row, label, value);
        return row + 1;
    }

    @Override
    protected void onShown() {
        vm.load();
        Focus.whenShown(search);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.editing.get() && !form.changedFields().isEmpty();
    }
}
