package cat.teixit.gui.agenda;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.agenda.AppointmentService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The agenda's tool bar: whose agenda (a professional or the team), a week, a day or a month, previous, today and
 * next, the range shown, print and a new appointment. Use from the FX thread.
 */
final class AgendaToolbar {

    private final AgendaViewModel vm;
    private final I18n i18n;
    private final HBox root;
    private final Label range = new Label();

    /** @param book opens the form for a new appointment; null when the user may not book */
    AgendaToolbar(AgendaViewModel vm, I18n i18n, Runnable book) {
        this.vm = vm;
        this.i18n = i18n;
        ComboBox<AppointmentService.Professional> whose = whose();

        ToggleGroup mode = new ToggleGroup();
        ToggleButton week = toggle("agenda-week", "agenda.week", mode);
        ToggleButton day = toggle("agenda-day", "agenda.day", mode);
        ToggleButton month = toggle("agenda-month", "agenda.month", mode);
        week.setSelected(true);
        mode.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                vm.dayView.set(t == day);
                vm.monthView.set(t == month);
            }
        });
        // Previous and next are arrows (their names in the tooltip and for screen readers): the toolbar keeps room.
        Button previous = arrow("agenda-previous", "agenda.previous", AppIcon.PREVIOUS, vm::previous);
        Button today = Buttons.action(i18n, "agenda-today", "agenda.today", vm::today);
        Button next = arrow("agenda-next", "agenda.next", AppIcon.NEXT, vm::next);
        range.setId("agenda-range");
        range.getStyleClass().add(Styles.TEXT_BOLD);
        vm.days.addListener((ListChangeListener<LocalDate>) c -> showRange());
        Button newOne = Buttons.action(i18n, "agenda-new", "agenda.new", AppIcon.ADD, book == null ? () -> { } : book);
        newOne.getStyleClass().add(Styles.ACCENT);
        // Who may only look (administrative staff) sees no booking button.
        newOne.setVisible(book != null);
        newOne.setManaged(book != null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = Buttons.action(i18n, "agenda-print", "agenda.print", AppIcon.PRINT, vm::print);
        root = new HBox(8, whose, week, day, month, previous, today, next, range, spacer, print, newOne);
        for (Control c : List.of(week, day, month, previous, today, next, print, newOne)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        range.setMinWidth(0);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    Node node() {
        return root;
    }

    /** The days shown, as a range (a month by its name). */
    void showRange() {
        List<LocalDate> days = vm.days;
        if (vm.monthView.get()) {
            String m = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", i18n.language().locale())
                    .format(vm.anchor.get());
            range.setText(Character.toUpperCase(m.charAt(0)) + m.substring(1));
            return;
        }
        range.setText(days.size() == 1 ? i18n.formatLongDate(days.getFirst())
                : i18n.formatDate(days.getFirst()) + " – " + i18n.formatDate(days.getLast()));
    }

    /** Whose agenda: the team's professionals, then the whole team. */
    private ComboBox<AppointmentService.Professional> whose() {
        AppointmentService.Professional team = new AppointmentService.Professional(null, i18n.t("agenda.team"));
        ComboBox<AppointmentService.Professional> whose = new ComboBox<>();
        whose.setId("agenda-professional");
        whose.setConverter(AgendaView.NAMES);
        vm.professionals.addListener((ListChangeListener<AppointmentService.Professional>) c -> {
            List<AppointmentService.Professional> all = new ArrayList<>(vm.professionals);
            all.add(team);
            whose.getItems().setAll(all);
            whose.setValue(all.stream().filter(p -> p.id() != null && p.id().equals(vm.professionalId.get()))
                    .findFirst().orElse(team));
        });
        whose.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.professionalId.set(p.id());
            }
        });
        return whose;
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
        b.setTooltip(i18n.tooltip(key));
        b.setOnAction(e -> action.run());
        return b;
    }
}
