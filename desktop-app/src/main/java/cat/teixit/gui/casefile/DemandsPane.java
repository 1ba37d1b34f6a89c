package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.casefile.DemandRow.Kind;
import cat.teixit.gui.casefile.DemandRow.Row;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.common.EnumKeys;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Demands and resources" tab: a toolbar, the form being filled in and the chain demand →
 * assessment → resource as a tree, all bound to a {@link DemandsViewModel}. Use from the FX thread.
 */
final class DemandsPane {

    private final DemandsViewModel vm;
    private final I18n i18n;
    private final VBox root;
    private final TreeTableView<Row> tree = new TreeTableView<>(new TreeItem<>());
    /** Rows the user folded: they stay folded when the chain is read again. */
    private final Set<UUID> folded = new HashSet<>();
    private boolean syncingSelection;

    DemandsPane(DemandsViewModel vm, I18n i18n, Codes codes) {
        this.i18n = i18n;
        this.vm = vm;

        Button newDemand = action("demands-new-demand", "demands.new.demand", AppIcon.DEMAND, vm::startDemand);
        Button newAssessment = action("demands-new-assessment", "demands.new.assessment", AppIcon.ASSESSMENT,
                vm::startAssessment);
        Button newResource = action("demands-new-resource", "demands.new.resource", AppIcon.AIDS, vm::startResource);
        Button move = action("demands-change-status", "resource.move", AppIcon.REOPEN, vm::startStatus);
        move.disableProperty().bind(vm.canChangeStatus.not());
        HBox toolbar = new HBox(8, newDemand, newAssessment, newResource, move);
        toolbar.setId("demands-actions");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        editing(toolbar);

        Label error = Forms.errorLabel();
        error.setId("demands-error");
        error.textProperty().bind(vm.error);

        buildTree();
        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(10, toolbar, new DemandForm(vm, i18n, codes).node(), error, tree);
        root.setPadding(new Insets(12));

        vm.rows.addListener((javafx.collections.ListChangeListener<Row>) c -> showRows());
        vm.selected.addListener((o, was, now) -> selectInTree(now));
        // Catalogue labels and the "without a demand" heading follow the language.
        i18n.shownLanguage().addListener((o, was, now) -> vm.reload());
    }

    /** The chain again (the tab was shown, or someone changed it). */
    void reload() {
        vm.reload();
    }

    /** False for another team's case file granted read only: the toolbar and the forms go away. */
    void setEditable(boolean editable) {
        vm.editable.set(editable);
    }

    /** Shows the row of a record (a demand, assessment or resource opened from the timeline). */
    void reveal(UUID id) {
        vm.reveal(id);
    }

    Node node() {
        return root;
    }

    private Button action(String id, String key, AppIcon icon, Runnable onAction) {
        return Buttons.action(i18n, id, key, icon, onAction);
    }

    private <N extends Node> N editing(N node) {
        node.visibleProperty().bind(vm.editable);
        node.managedProperty().bind(vm.editable);
        return node;
    }


    // ---- the chain ---------------------------------------------------------------------------------

    /** Room for a whole date (dd/mm/aaaa) and the cell's padding. */
    private static final double DATE_WIDTH = 96;

    private void buildTree() {
        tree.setId("demands-tree");
        tree.setShowRoot(false);
        tree.getStyleClass().add(Styles.DENSE);
        tree.setPlaceholder(Forms.label(i18n, "demands.none"));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setMinHeight(160);
        TreeTableColumn<Row, String> what = column("demands.column.what", Row::what, 280);
        tree.setTreeColumn(what);
        tree.getColumns().add(what);
        tree.getColumns().add(dateColumn("demands.column.date", Row::date));
        tree.getColumns().add(column("resource.column.status",
                r -> r.status() == null ? "" : i18n.t(EntryLabels.resourceStatus(r.status())), 95));
        tree.getColumns().add(dateColumn("resource.column.since", Row::statusDate));
        TreeTableColumn<Row, String> cost = column("resource.column.cost",
                r -> Amounts.format(r.costCents(), i18n.language()), 95);
        cost.setStyle("-fx-alignment: CENTER-RIGHT;");
        tree.getColumns().add(cost);
        tree.getColumns().add(column("resource.column.funding",
                r -> r.funding() == null ? "" : i18n.t(EnumKeys.funding(r.funding())), 110));
        tree.getColumns().add(column("demands.column.who", Row::who, 120));
        tree.getColumns().add(column("demands.column.professional", Row::professional, 165));
        tree.getColumns().add(column("demands.column.notes", Row::notes, 150));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove(Styles.TEXT_MUTED);
                if (!empty && r != null && r.kind() == Kind.UNLINKED) {
                    getStyleClass().add(Styles.TEXT_MUTED);
                }
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection) {
                vm.selected.set(now == null ? null : now.getValue());
            }
        });
    }

    /**
     * A column of dates, never narrower than a whole date: when the table is short of room the names and notes give
     * way (their tooltips hold them whole), not the dates, which cannot be read cut.
     */
    private TreeTableColumn<Row, String> dateColumn(String key, Function<Row, java.time.LocalDate> value) {
        TreeTableColumn<Row, String> c = column(key, r -> {
            java.time.LocalDate d = value.apply(r);
            return d == null ? "" : i18n.formatDate(d);
        }, DATE_WIDTH);
        c.setMinWidth(DATE_WIDTH);
        return c;
    }

    /** A column of texts; a cell too narrow for its text shows all of it on hover. */
    private TreeTableColumn<Row, String> column(String key, Function<Row, String> value, double width) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? ""
                : value.apply(cd.getValue().getValue())));
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isEmpty();
                setText(blank ? null : text);
                tip.setText(blank ? "" : text);
                setTooltip(blank ? null : tip);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                boolean treeColumn = row != null && getTableColumn() == tree.getTreeColumn();
                setGraphic(treeColumn ? icon(row.kind()) : null);
                // A demand heads its chain: its label in bold (the other columns stay narrow enough).
                getStyleClass().remove(Styles.TEXT_BOLD);
                if (treeColumn && row.kind() == Kind.DEMAND) {
                    getStyleClass().add(Styles.TEXT_BOLD);
                }
            }
        });
        c.setPrefWidth(width);
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setSortable(false);
        return c;
    }

    private void showRows() {
        syncingSelection = true;
        try {
            tree.getRoot().getChildren().setAll(items(vm.rows));
        } finally {
            syncingSelection = false;
        }
        selectInTree(vm.selected.get());
    }

    private List<TreeItem<Row>> items(List<Row> rows) {
        return rows.stream().map(r -> {
            TreeItem<Row> item = new TreeItem<>(r);
            item.getChildren().setAll(items(r.children()));
            UUID key = r.id(); // null for the "without a demand" heading
            item.setExpanded(!folded.contains(key));
            item.expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    folded.remove(key);
                } else {
                    folded.add(key);
                }
            });
            return item;
        }).toList();
    }

    private static Node icon(Kind kind) {
        return switch (kind) {
            case DEMAND -> AppIcon.DEMAND.node(14);
            case ASSESSMENT -> AppIcon.ASSESSMENT.node(14);
            case RESOURCE -> AppIcon.AIDS.node(14);
            case UNLINKED -> AppIcon.INFO.node(14);
        };
    }

    private void selectInTree(Row row) {
        TreeItem<Row> selectedItem = tree.getSelectionModel().getSelectedItem();
        if (row != null && selectedItem != null && selectedItem.getValue() == row) {
            return;
        }
        TreeItem<Row> item = row == null || row.id() == null ? null : find(tree.getRoot(), row.id());
        if (item == selectedItem) {
            return;
        }
        syncingSelection = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<Row> up = item.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
        } finally {
            syncingSelection = false;
        }
    }

    private static TreeItem<Row> find(TreeItem<Row> at, UUID id) {
        if (at.getValue() != null && id.equals(at.getValue().id())) {
            return at;
        }
        for (TreeItem<Row> child : at.getChildren()) {
            TreeItem<Row> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
