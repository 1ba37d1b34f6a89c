package cat.teixit.gui.agenda;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.agenda.AppointmentItem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The agenda's days: a week or a day in columns (the team's day, a column a professional), or the month as a
 * calendar; one list of appointments a column, one appointment selected among them all. In the week's or day's
 * columns Enter changes the selected one and Alt+arrows move it; it can be dragged onto another day. Use from the FX
 * thread.
 */
final class AgendaGrid {

    /** Alt+Up and Alt+Down move the selected appointment by this much. */
    static final int STEP_MINUTES = 15;

    private final AgendaViewModel vm;
    private final I18n i18n;
    /** Puts the days (the columns, or the month's calendar) where the view shows them. */
    private final Consumer<Node> place;
    private final HBox columns = new HBox(6);
    private final List<ListView<AppointmentItem>> lists = new ArrayList<>();
    private boolean selecting;
    /** The appointment being dragged to another day, if any. */
    private AppointmentItem dragged;

    AgendaGrid(AgendaViewModel vm, I18n i18n, Consumer<AppointmentItem> edit, Consumer<Node> place) {
        this.vm = vm;
        this.i18n = i18n;
        this.place = place;
        vm.columns.addListener((ListChangeListener<AgendaViewModel.Column>) c -> build());
        columns.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && vm.selected.get() != null) {
                vm.editableSelection().ifPresent(edit);
                k.consume();
            } else if (k.isAltDown() && vm.editableSelection().isPresent()) {
                Duration by = switch (k.getCode()) {
                    case UP -> Duration.ofMinutes(-STEP_MINUTES);
                    case DOWN -> Duration.ofMinutes(STEP_MINUTES);
                    case LEFT -> Duration.ofDays(-1);
                    case RIGHT -> Duration.ofDays(1);
                    default -> null;
                };
                if (by != null) {
                    vm.moveSelected(by);
                    k.consume();
                }
            }
        });
    }

    /** The week's (or day's) columns; the month's calendar replaces them while the month is shown. */
    Node columns() {
        return columns;
    }

    /** Builds the columns (or the month's calendar) the view model asks for, and fills them. */
    void build() {
        columns.getChildren().clear();
        lists.clear();
        boolean monthly = vm.monthView.get();
        GridPane grid = new GridPane(4, 4);
        grid.setId("agenda-month-grid");
        if (monthly) {
            for (int i = 0; i < 7; i++) {
                ColumnConstraints c = new ColumnConstraints();
                c.setPercentWidth(100.0 / 7);
                grid.getColumnConstraints().add(c);
            }
        }
        int weeks = vm.columns.size() / 7;
        for (int i = 0; monthly && i < weeks; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(100.0 / weeks);
            grid.getRowConstraints().add(r);
        }
        place.accept(monthly ? grid : columns);
        int index = 0;
        for (AgendaViewModel.Column col : vm.columns) {
            ListView<AppointmentItem> list = list(col, monthly);
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox column = new VBox(monthly ? 1 : 4, head(col, monthly), list);
            column.setMinWidth(0);
            column.setPrefWidth(0);
            if (monthly) {
                column.setMinHeight(0);
                column.setPrefHeight(0);
                grid.add(column, index % 7, index / 7);
            } else {
                HBox.setHgrow(column, Priority.ALWAYS);
                columns.getChildren().add(column);
            }
            index++;
            lists.add(list);
        }
        fill();
    }

    /** The column's title: the professional, or the day (today stands out; the month's other days are muted). */
    private Label head(AgendaViewModel.Column col, boolean monthly) {
        LocalDate d = col.day();
        String dayName = d.getDayOfWeek().getDisplayName(monthly ? TextStyle.SHORT : TextStyle.FULL,
                i18n.language().locale());
        Label head = new Label(col.professional() != null ? col.professional().displayName()
                : dayName + " " + d.getDayOfMonth());
        head.getStyleClass().add(Styles.TEXT_BOLD);
        if (col.professional() == null && d.equals(LocalDate.now(I18n.ZONE))) {
            head.getStyleClass().add(Styles.ACCENT);
        } else if (monthly && d.getMonth() != vm.anchor.get().getMonth()) {
            head.getStyleClass().add(Styles.TEXT_MUTED);
        }
        return head;
    }

    private ListView<AppointmentItem> list(AgendaViewModel.Column col, boolean monthly) {
        LocalDate d = col.day();
        ListView<AppointmentItem> list = new ListView<>();
        list.setId(col.professional() == null ? "agenda-day-" + d : "agenda-pro-" + col.professional().id());
        list.getStyleClass().add("agenda-day");
        if (monthly) {
            list.setFixedCellSize(24);
        }
        list.setCellFactory(lv -> {
            // As wide as the day's column: a long name ends in "…" instead of scrolling sideways.
            AppointmentCell cell = new AppointmentCell(vm, i18n, monthly);
            // The month's small lists: one line a cell, room left for a vertical scroll bar, never a sideways one.
            cell.prefWidthProperty().bind(lv.widthProperty().subtract(monthly ? 18 : 4));
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            // Dragged onto another day: moved there at the same time.
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null && cell.getItem().editable()) {
                    Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(cell.getItem().id().toString());
                    board.setContent(content);
                    dragged = cell.getItem();
                    e.consume();
                }
            });
            return cell;
        });
        if (col.professional() == null) {
            list.setOnDragOver(e -> {
                if (dragged != null && e.getGestureSource() != list) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            list.setOnDragDropped(e -> {
                boolean done = dragged != null;
                if (done) {
                    vm.moveToDay(dragged, d);
                }
                dragged = null;
                e.setDropCompleted(done);
                e.consume();
            });
        }
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (selecting) {
                return;
            }
            selecting = true;
            lists.stream().filter(l -> l != list).forEach(l -> l.getSelectionModel().clearSelection());
            selecting = false;
            if (item != null || lists.stream().allMatch(l -> l.getSelectionModel().isEmpty())) {
                vm.selected.set(item);
            }
        });
        return list;
    }

    /** Puts each column's appointments in its list, keeping the selected one selected (and focused if it was). */
    void fill() {
        AppointmentItem keep = vm.selected.get();
        List<AgendaViewModel.Column> cols = vm.columns;
        for (int i = 0; i < lists.size() && i < cols.size(); i++) {
            lists.get(i).getItems().setAll(vm.in(cols.get(i)));
        }
        if (keep != null) {
            boolean focused = lists.stream().anyMatch(Node::isFocused);
            lists.forEach(l -> l.getItems().stream().filter(a -> a.id().equals(keep.id())).findFirst()
                    .ifPresent(a -> {
                        l.getSelectionModel().select(a);
                        if (focused) {
                            l.requestFocus();
                        }
                    }));
        }
    }
}
