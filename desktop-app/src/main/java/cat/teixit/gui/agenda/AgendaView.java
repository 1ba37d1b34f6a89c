package cat.teixit.gui.agenda;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.model.agenda.AppointmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Agenda area: a week (or a day) in columns, one list of appointments a day; whose agenda (a professional or
 * the team); a new appointment; the selected one changed or moved (Enter), attended, no-show, cancelled. Thin: the
 * view model holds the state.
 */
final class AgendaView implements View {

    /** Alt+Up and Alt+Down move the selected appointment by this much. */
    static final int STEP_MINUTES = 15;
    /** Listed on the F1 sheet; handled by the agenda's lists. */
    static final KeyCombination MOVE_TIME = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    /** A professional in a list: their name. */
    static final StringConverter<AppointmentService.Professional> NAMES = new StringConverter<>() {
        @Override
        public String toString(AppointmentService.Professional p) {
            return p == null ? "" : p.displayName();
        }

        @Override
        public AppointmentService.Professional fromString(String s) {
            return null;
        }
    };

    private final AgendaViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final HBox columns = new HBox(6);
    private final List<ListView<AppointmentItem>> lists = new ArrayList<>();
    private final AppointmentService.Professional team;
    private final ListChangeListener<AppointmentItem> onItems = c -> fill();
    private boolean selecting;
    /** The appointment being dragged to another day, if any. */
    private AppointmentItem dragged;

    /** @param book opens the form for a new appointment; null when the user may not book */
    AgendaView(AgendaViewModel vm, I18n i18n, Runnable book, Consumer<AppointmentItem> edit,
            Consumer<java.util.UUID> openCaseFile) {
        this.vm = vm;
        this.i18n = i18n;
        this.team = new AppointmentService.Professional(null, i18n.t("agenda.team"));
        root.setId("agenda-view");

        ComboBox<AppointmentService.Professional> whose = new ComboBox<>();
        whose.setId("agenda-professional");
        whose.setConverter(NAMES);
        vm.professionals().addListener((ListChangeListener<AppointmentService.Professional>) c -> {
            List<AppointmentService.Professional> all = new ArrayList<>(vm.professionals());
            all.add(team);
            whose.getItems().setAll(all);
            whose.setValue(all.stream().filter(p -> p.id() != null && p.id().equals(vm.professionalIdProperty().get()))
                    .findFirst().orElse(team));
        });
        whose.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.professionalIdProperty().set(p.id());
            }
        });

        ToggleGroup mode = new ToggleGroup();
        ToggleButton week = toggle("agenda-week", "agenda.week", mode);
        ToggleButton day = toggle("agenda-day", "agenda.day", mode);
        ToggleButton month = toggle("agenda-month", "agenda.month", mode);
        week.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                vm.dayViewProperty().set(t == day);
                vm.monthViewProperty().set(t == month);
            }
        });
        // Previous and next are arrows (their names in the tooltip and for screen readers): the toolbar keeps room.
        Button previous = arrow("agenda-previous", "agenda.previous", AppIcon.PREVIOUS, vm::previous);
        Button today = button("agenda-today", "agenda.today", null, vm::today);
        Button next = arrow("agenda-next", "agenda.next", AppIcon.NEXT, vm::next);
        Label range = new Label();
        range.setId("agenda-range");
        range.getStyleClass().add(Styles.TEXT_BOLD);
        vm.days().addListener((ListChangeListener<LocalDate>) c -> range.setText(rangeText()));
        vm.columns().addListener((ListChangeListener<AgendaViewModel.Column>) c -> buildColumns());
        Button newOne = button("agenda-new", "agenda.new", AppIcon.ADD, book == null ? () -> { } : book);
        newOne.getStyleClass().add(Styles.ACCENT);
        // Who may only look (administrative staff) sees no booking button.
        newOne.setVisible(book != null);
        newOne.setManaged(book != null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = button("agenda-print", "agenda.print", AppIcon.PRINT, vm::print);
        HBox toolbar = new HBox(8, whose, week, day, month, previous, today, next, range, spacer, print, newOne);
        for (javafx.scene.control.Control c : List.of(week, day, month, previous, today, next, print, newOne)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        range.setMinWidth(0);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Button change = button("agenda-edit", "agenda.edit", null, () -> selected().ifPresent(edit));
        Button attended = button("agenda-attended", "agenda.attended", null, vm::markAttended);
        Button noShow = button("agenda-noshow", "agenda.noShow", null, vm::markNoShow);
        Button cancel = button("agenda-cancel", "agenda.cancel", AppIcon.CLOSE, this::askCancel);
        for (Button b : List.of(change, attended, noShow, cancel)) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().editable(),
                    vm.selectedProperty()));
        }
        Button caseFile = button("agenda-open-case", "agenda.openCaseFile", AppIcon.CASE_FILES, () -> {
            AppointmentItem item = vm.selectedProperty().get();
            if (item != null && item.form().caseFileId() != null) {
                openCaseFile.accept(item.form().caseFileId());
            }
        });
        caseFile.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().form().caseFileId() == null,
                vm.selectedProperty()));
        Button letter = button("agenda-letter", "agenda.letter", null, vm::letter);
        letter.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().form().caseFileId() == null
                        || vm.selectedProperty().get().status() != AppointmentStatus.BOOKED || book == null,
                vm.selectedProperty()));
        Label notice = new Label();
        notice.setId("agenda-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            AgendaViewModel.Notice n = vm.noticeProperty().get();
            return n == null ? "" : i18n.t(n.key(), n.arg());
        }, vm.noticeProperty()));
        Label error = new Label();
        error.setId("agenda-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorTextProperty());
        HBox buttons = new HBox(8, change, attended, noShow, cancel, caseFile, letter);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // What an action has to say goes under the buttons: a long message never squeezes them.
        VBox actions = new VBox(4, buttons, notice, error);
        for (Label l : List.of(notice, error)) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
        }

        root.setTop(toolbar);
        root.setCenter(columns);
        root.setBottom(actions);
        BorderPane.setMargin(columns, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        range.setText(rangeText());
        buildColumns();
        columns.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER && vm.selectedProperty().get() != null) {
                selected().ifPresent(edit);
                k.consume();
            } else if (k.isAltDown() && selected().isPresent()) {
                java.time.Duration by = switch (k.getCode()) {
                    case UP -> java.time.Duration.ofMinutes(-STEP_MINUTES);
                    case DOWN -> java.time.Duration.ofMinutes(STEP_MINUTES);
                    case LEFT -> java.time.Duration.ofDays(-1);
                    case RIGHT -> java.time.Duration.ofDays(1);
                    default -> null;
                };
                if (by != null) {
                    vm.moveSelected(by);
                    k.consume();
                }
            }
        });
    }

    private Optional<AppointmentItem> selected() {
        return Optional.ofNullable(vm.selectedProperty().get()).filter(AppointmentItem::editable);
    }

    private String rangeText() {
        List<LocalDate> days = vm.days();
        if (vm.monthViewProperty().get()) {
            String m = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", i18n.language().locale())
                    .format(vm.anchorProperty().get());
            return Character.toUpperCase(m.charAt(0)) + m.substring(1);
        }
        return days.size() == 1 ? i18n.formatLongDate(days.getFirst())
                : i18n.formatDate(days.getFirst()) + " – " + i18n.formatDate(days.getLast());
    }

    private void buildColumns() {
        columns.getChildren().clear();
        lists.clear();
        boolean monthly = vm.monthViewProperty().get();
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane(4, 4);
        grid.setId("agenda-month-grid");
        if (monthly) {
            for (int i = 0; i < 7; i++) {
                javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
                c.setPercentWidth(100.0 / 7);
                grid.getColumnConstraints().add(c);
            }
        }
        int weeks = vm.columns().size() / 7;
        for (int i = 0; monthly && i < weeks; i++) {
            javafx.scene.layout.RowConstraints r = new javafx.scene.layout.RowConstraints();
            r.setPercentHeight(100.0 / weeks);
            grid.getRowConstraints().add(r);
        }
        root.setCenter(monthly ? grid : columns);
        BorderPane.setMargin(root.getCenter(), new Insets(8, 0, 8, 0));
        int index = 0;
        for (AgendaViewModel.Column col : vm.columns()) {
            LocalDate d = col.day();
            String dayName = d.getDayOfWeek().getDisplayName(monthly ? java.time.format.TextStyle.SHORT
                    : java.time.format.TextStyle.FULL, i18n.language().locale());
            Label head = new Label(col.professional() != null ? col.professional().displayName()
                    : dayName + " " + d.getDayOfMonth());
            head.getStyleClass().add(Styles.TEXT_BOLD);
            if (col.professional() == null && d.equals(LocalDate.now(I18n.ZONE))) {
                head.getStyleClass().add(Styles.ACCENT);
            } else if (monthly && d.getMonth() != vm.anchorProperty().get().getMonth()) {
                head.getStyleClass().add(Styles.TEXT_MUTED);
            }
            ListView<AppointmentItem> list = new ListView<>();
            list.setId(col.professional() == null ? "agenda-day-" + d : "agenda-pro-" + col.professional().id());
            list.getStyleClass().add("agenda-day");
            if (monthly) {
                list.setFixedCellSize(24);
            }
            list.setCellFactory(lv -> {
                // As wide as the day's column: a long name ends in "…" instead of scrolling sideways.
                AppointmentCell cell = new AppointmentCell(monthly);
                // The month's small lists: one line a cell, room left for a vertical scroll bar, never a sideways one.
                cell.prefWidthProperty().bind(lv.widthProperty().subtract(monthly ? 18 : 4));
                cell.setMaxWidth(Region.USE_PREF_SIZE);
                // Dragged onto another day: moved there at the same time.
                cell.setOnDragDetected(e -> {
                    if (cell.getItem() != null && cell.getItem().editable()) {
                        javafx.scene.input.Dragboard board = cell.startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
                        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
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
                        e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
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
                    vm.selectedProperty().set(item);
                }
            });
            VBox.setVgrow(list, Priority.ALWAYS);
            VBox column = new VBox(monthly ? 1 : 4, head, list);
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

    private void fill() {
        AppointmentItem keep = vm.selectedProperty().get();
        List<AgendaViewModel.Column> cols = vm.columns();
        for (int i = 0; i < lists.size() && i < cols.size(); i++) {
            lists.get(i).getItems().setAll(vm.in(cols.get(i)));
        }
        if (keep != null) {
            boolean focused = lists.stream().anyMatch(javafx.scene.Node::isFocused);
            lists.forEach(l -> l.getItems().stream().filter(a -> a.id().equals(keep.id())).findFirst()
                    .ifPresent(a -> {
                        l.getSelectionModel().select(a);
                        if (focused) {
                            l.requestFocus();
                        }
                    }));
        }
    }

    private void askCancel() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(i18n.t("agenda.cancel.title"));
        ask.setHeaderText(i18n.t("agenda.cancel.message"));
        ask.getEditor().setId("agenda-cancel-reason");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().ifPresent(vm::cancel);
    }

    private ToggleButton toggle(String id, String key, ToggleGroup group) {
        ToggleButton t = new ToggleButton();
        t.setId(id);
        t.textProperty().bind(i18n.bind(key));
        t.setToggleGroup(group);
        return t;
    }

    private Button arrow(String id, String key, AppIcon icon, Runnable action) {
        Button b = new Button(null, icon.node(16));
        b.setId(id);
        b.accessibleTextProperty().bind(i18n.bind(key));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind(key));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Button button(String id, String key, AppIcon icon, Runnable action) {
        Button b = Buttons.action(i18n, id, key, action);
        if (icon != null) {
            b.setGraphic(icon.node(16));
        }
        return b;
    }

    /** One appointment: its times, with whom, its kind, room and state (and whose, in the team's view). */
    private final class AppointmentCell extends ListCell<AppointmentItem> {
        /** One line each for time, person, kind (a long one ends in "…"); as tall as its lines. */
        private final Label lines = new Label();
        /** The month's calendar: one line, the time and with whom (the rest in the tooltip). */
        private final boolean compact;

        AppointmentCell(boolean compact) {
            this.compact = compact;
            lines.setMinHeight(Region.USE_PREF_SIZE);
            lines.maxWidthProperty().bind(widthProperty().subtract(12));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(AppointmentItem a, boolean empty) {
            super.updateItem(a, empty);
            getStyleClass().removeAll("appointment-cancelled", "appointment-done");
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            StringBuilder sb = new StringBuilder(AppointmentFormViewModel.TIME.format(a.startsAt()
                    .atZone(AppointmentService.ZONE))).append('–')
                    .append(AppointmentFormViewModel.TIME.format(a.endsAt().atZone(AppointmentService.ZONE)));
            if (vm.professionalIdProperty().get() == null) {
                sb.append('\n').append(a.professionalName());
            }
            sb.append('\n').append(a.withWhom() == null ? i18n.t("agenda.form.internal") : a.withWhom());
            sb.append('\n').append(i18n.t(EnumLabels.appointmentKind(a.kind())));
            if (a.room() != null) {
                sb.append(" · ").append(a.room());
            }
            if (a.status() != AppointmentStatus.BOOKED) {
                sb.append(" · ").append(i18n.t(EnumLabels.appointmentStatus(a.status())));
            }
            if (a.doubleBookedOverride()) {
                sb.append(" · ").append(i18n.t("agenda.doubleBooked"));
            } else if (vm.clashes(a)) {
                sb.append('\n').append(i18n.t("agenda.clash"));
            }
            setText(sb.toString());
            lines.setText(compact ? AppointmentFormViewModel.TIME.format(a.startsAt().atZone(AppointmentService.ZONE))
                    + " " + (a.withWhom() == null ? i18n.t("agenda.form.internal") : a.withWhom())
                    + (vm.clashes(a) && !a.doubleBookedOverride() ? " ⚠" : "") : sb.toString());
            setGraphic(lines);
            setTooltip(new javafx.scene.control.Tooltip(sb.toString()));
            if (a.status() == AppointmentStatus.CANCELLED) {
                getStyleClass().add("appointment-cancelled");
            }
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        vm.items().addListener(onItems);
        vm.reload();
    }

    @Override
    public void deactivate() {
        vm.items().removeListener(onItems);
    }
}
