package cat.teixit.gui.sync;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.sync.ConflictService;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The conflicts side by side: the open ones in a list, the selected one field by field (mine, theirs,
 * the value both started from) with a choice per field or a merged value, who changed it and when;
 * resolved ones stay in a history below. Use from the FX thread.
 */
public final class ConflictsView extends NodeView<VBox> {

    private final ConflictsViewModel vm;
    private final I18n i18n;
    private final SyncTexts texts;
    private final VBox detail = new VBox(10);
    private final ListView<ConflictService.Summary> openList = new ListView<>();
    private final ListView<ConflictService.Summary> historyList = new ListView<>();
    private final Label error = new Label();

    public ConflictsView(ConflictsViewModel vm, I18n i18n, CatalogueService catalogues) {
        super(new VBox(12));
        this.vm = vm;
        this.i18n = i18n;
        this.texts = new SyncTexts(i18n, catalogues);
        ChangeListener<ConflictService.Summary> onPick = (o, old, now) -> {
            if (now != null) {
                vm.select(now);
            }
        };
        shown.listen(vm.selected, (o, old, now) -> showDetail(now))
                .listen(openList.getSelectionModel().selectedItemProperty(), onPick)
                .listen(historyList.getSelectionModel().selectedItemProperty(), onPick);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("syncArea.conflicts.title", vm.open.size()),
                vm.open, i18n.shownLanguage()));
        Label none = new Label();
        none.textProperty().bind(i18n.bind("syncArea.conflicts.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.visibleProperty().bind(Bindings.isEmpty(vm.open));
        none.managedProperty().bind(none.visibleProperty());

        openList.setId("sync-conflict-list");
        openList.setItems(vm.open);
        openList.setCellFactory(l -> new SummaryCell());
        // The list above the detail, both the card's full width: the side-by-side values need the room.
        openList.setPrefHeight(140);
        openList.visibleProperty().bind(Bindings.isNotEmpty(vm.open));
        openList.managedProperty().bind(openList.visibleProperty());

        detail.setId("sync-conflict-detail");
        VBox body = new VBox(12, openList, detail);

        historyList.setId("sync-history-list");
        historyList.setItems(vm.history);
        historyList.setCellFactory(l -> new SummaryCell());
        historyList.setPrefHeight(160);
        TitledPane history = new TitledPane();
        history.setId("sync-history");
        history.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("syncArea.history.title", vm.history.size()),
                vm.history, i18n.shownLanguage()));
        history.setContent(historyList);
        history.setExpanded(false);

        error.setId("sync-conflict-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorKey.get() == null ? ""
                        : (vm.errorField() == null || "fields".equals(vm.errorField()) ? ""
                                : texts.field(vm.errorField()) + ": ")
                                + i18n.t(vm.errorKey.get(), vm.errorArgs()),
                vm.errorKey, i18n.shownLanguage()));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(title, none, body, error, history);
        root.getStyleClass().add("card");
    }

    private final class SummaryCell extends ListCell<ConflictService.Summary> {
        @Override
        protected void updateItem(ConflictService.Summary c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String name = c.label().isBlank() ? texts.entity(c.entityType()) : c.label();
            String fields = String.join(", ", c.fields().stream().map(texts::field).toList());
            setText(c.state() == ConflictService.State.OPEN
                    ? i18n.t("syncArea.conflicts.item", name, texts.entity(c.entityType()), fields)
                    : i18n.t("syncArea.history.item", name, fields, c.resolvedBy() == null ? "" : c.resolvedBy(),
                            texts.when(c.resolvedAt()), c.state() == ConflictService.State.OBSOLETE ? 1 : 0));
        }
    }

    private void showDetail(ConflictService.Detail d) {
        detail.getChildren().clear();
        if (d == null) {
            openList.getSelectionModel().clearSelection();
            return;
        }
        ConflictService.Summary s = d.summary();
        Label head = new Label(i18n.t("syncArea.conflict.title", s.label().isBlank() ? "—" : s.label(),
                texts.entity(s.entityType())));
        head.setId("sync-conflict-title");
        head.getStyleClass().add(Styles.TITLE_4);
        Label who = new Label(i18n.t("syncArea.conflict.who", s.theirsBy() == null ? "?" : s.theirsBy(),
                texts.when(s.theirsAt()), texts.kind(s.kind())));
        who.setId("sync-conflict-who");
        who.setWrapText(true);
        detail.getChildren().addAll(head, who, fieldGrid(d));
        if (s.state() == ConflictService.State.OPEN) {
            detail.getChildren().add(actions(s.kind()));
        }
    }

    /** Per field: its name, mine, theirs and the base side by side; below them, what stays. */
    private GridPane fieldGrid(ConflictService.Detail d) {
        GridPane grid = new GridPane();
        grid.setId("sync-conflict-fields");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(28);
        grid.getColumnConstraints().addAll(name, side, side, side);
        String[] heads = {"syncArea.conflict.field", "syncArea.conflict.mine", "syncArea.conflict.theirs",
            "syncArea.conflict.base"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(i18n.t(heads[i]));
            h.getStyleClass().add(Styles.TEXT_BOLD);
            h.setWrapText(true);
            grid.add(h, i, 0);
        }
        boolean open = d.summary().state() == ConflictService.State.OPEN;
        int row = 1;
        for (ConflictsViewModel.FieldChoice c : vm.choices) {
            ConflictService.Field f = c.field();
            String id = "conflict-" + f.name();
            Label fieldName = new Label(texts.field(f.name()));
            fieldName.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(fieldName, 0, row);
            grid.add(value(id + "-mine", texts.value(f.name(), f.mine())), 1, row);
            grid.add(value(id + "-theirs", texts.value(f.name(), f.theirs())), 2, row);
            grid.add(value(id + "-base", f.baseKnown() ? texts.value(f.name(), f.base())
                    : i18n.t("syncArea.conflict.baseUnknown")), 3, row);
            Label stays = new Label(i18n.t("syncArea.conflict.choice"));
            stays.getStyleClass().add(Styles.TEXT_MUTED);
            grid.add(stays, 0, row + 1);
            grid.add(open && d.summary().kind() == ConflictService.Kind.FIELDS ? chooser(id, c)
                    : value(id + "-chosen", texts.value(chosen(f))), 1, row + 1, 3, 1);
            row += 2;
        }
        return grid;
    }

    private Label value(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private String chosen(ConflictService.Field f) {
        if (f.chosen() == null) {
            return "";
        }
        return switch (f.chosen()) {
            case MINE -> i18n.t("syncArea.conflict.choseMine");
            case THEIRS -> i18n.t("syncArea.conflict.choseTheirs");
            case MERGED -> i18n.t("syncArea.conflict.choseMerged", texts.value(f.name(), f.chosenValue()));
        };
    }

    private Node chooser(String id, ConflictsViewModel.FieldChoice c) {
        ToggleGroup group = new ToggleGroup();
        RadioButton mine = radio(id + "-choose-mine", "syncArea.conflict.chooseMine", group, ConflictService.Choice.MINE);
        RadioButton theirs = radio(id + "-choose-theirs", "syncArea.conflict.chooseTheirs", group,
                ConflictService.Choice.THEIRS);
        RadioButton merged = radio(id + "-choose-merged", "syncArea.conflict.chooseMerged", group,
                ConflictService.Choice.MERGED);
        TextField text = new TextField();
        text.setId(id + "-merged");
        if (Objects.equals(c.mergedProperty().get(), c.field().mine())) {
            c.mergedProperty().set(texts.editable(c.field().name(), c.field().mine()));
        }
        text.textProperty().bindBidirectional(c.mergedProperty());
        text.disableProperty().bind(merged.selectedProperty().not());
        text.setPrefColumnCount(18);
        HBox.setHgrow(text, Priority.ALWAYS);
        group.selectedToggleProperty().addListener((o, old, now) -> {
            c.choiceProperty().set(now == null ? null : (ConflictService.Choice) now.getUserData());
            updateActions();
        });
        HBox box = new HBox(8, mine, theirs);
        String name = c.field().name();
        if (!ConflictService.isChoiceField(name) && !ConflictService.isMomentField(name)) {
            // Codes, fixed choices and recorded moments are chosen, not typed.
            box.getChildren().addAll(merged, text);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private RadioButton radio(String id, String key, ToggleGroup group, ConflictService.Choice choice) {
        RadioButton r = new RadioButton(i18n.t(key));
        r.setId(id);
        r.setToggleGroup(group);
        r.setUserData(choice);
        return r;
    }

    private final Button resolve = new Button();
    private final Button keepMine = new Button();
    private final Button keepTheirs = new Button();

    private Node actions(ConflictService.Kind kind) {
        HBox box = new HBox(8);
        if (kind == ConflictService.Kind.FIELDS) {
            resolve.setId("sync-resolve");
            resolve.setText(i18n.t("syncArea.conflict.resolve"));
            resolve.getStyleClass().add(Styles.ACCENT);
            resolve.setOnAction(e -> vm.resolve());
            box.getChildren().add(resolve);
        } else {
            keepMine.setId("sync-keep-mine");
            keepMine.setText(i18n.t(kind == ConflictService.Kind.DELETED_ON_SERVER ? "syncArea.conflict.restore"
                    : "syncArea.conflict.deleteAnyway"));
            keepMine.setOnAction(e -> vm.resolveDeletion(true));
            keepTheirs.setId("sync-keep-theirs");
            keepTheirs.setText(i18n.t(kind == ConflictService.Kind.DELETED_ON_SERVER ? "syncArea.conflict.acceptDelete"
                    : "syncArea.conflict.keepTheirs"));
            keepTheirs.setOnAction(e -> vm.resolveDeletion(false));
            box.getChildren().addAll(keepMine, keepTheirs);
        }
        updateActions();
        return box;
    }

    private void updateActions() {
        resolve.setDisable(!vm.canResolve());
    }

    @Override
    protected void onShown() {
        vm.refresh();
    }
}
