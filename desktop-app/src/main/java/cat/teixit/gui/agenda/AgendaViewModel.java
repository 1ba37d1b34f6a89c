package cat.teixit.gui.agenda;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.agenda.AppointmentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Agenda area: one professional's week or day, or the whole team's; the appointment selected and what can be
 * done with it (attended, no-show, cancel with a reason). Reads in the background. Use from the FX thread.
 */
public final class AgendaViewModel {

    /** One column of the view: a day (of one professional's agenda, or the team's), or one professional's day. */
    public record Column(LocalDate day, AppointmentService.Professional professional) {
    }

    private final CurrentUser user;
    private final UiExecutor executor;
    private final AppointmentService agenda;
    private final Runnable onChanged;
    public final ObservableList<AppointmentService.Professional> professionals = FXCollections.observableArrayList();
    /** Whose agenda is shown: one professional, or null for the whole team. */
    public final ObjectProperty<UUID> professionalId = new SimpleObjectProperty<>();
    public final BooleanProperty dayView = new SimpleBooleanProperty();
    /** The month as a calendar (takes precedence over the day view). */
    public final BooleanProperty monthView = new SimpleBooleanProperty();
    public final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    public final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    /** The columns shown: the days, or the team's professionals on one day. */
    public final ObservableList<Column> columns = FXCollections.observableArrayList();
    public final ObservableList<AppointmentItem> items = FXCollections.observableArrayList();
    public final ObjectProperty<AppointmentItem> selected = new SimpleObjectProperty<>();
    /** What went wrong with the last action, translated; null when nothing did. */
    public final ObjectProperty<String> errorText = new SimpleObjectProperty<>();
    private final java.util.function.Function<Throwable, String> describe;
    /** What the last print said (the letter filed, sent to the printer, where the file is); null when nothing. */
    public final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private Printing printing;
    private UiExecutor.Task loading;
    private java.util.Set<UUID> clashing = java.util.Set.of();

    /**
     * @param describe  the text of a refusal (validation messages are translated by the view's texts)
     * @param onChanged runs after a change saved here (the status bar's pending count)
     */
    public AgendaViewModel(CurrentUser user, UiExecutor executor, AppointmentService agenda,
            java.util.function.Function<Throwable, String> describe, Runnable onChanged) {
        this.user = user;
        this.executor = executor;
        this.agenda = agenda;
        this.describe = describe;
        this.onChanged = onChanged;
        professionalId.set(user.id());
        anchor.set(agenda.today());
        updateDays();
        anchor.addListener((o, a, b) -> reload());
        dayView.addListener((o, a, b) -> reload());
        monthView.addListener((o, a, b) -> reload());
        professionalId.addListener((o, a, b) -> reload());
        professionals.addListener((javafx.collections.ListChangeListener<AppointmentService.Professional>) c -> updateDays());
    }

    /** What prints the agenda and the appointment letters, and where the printouts open. */
    public record Printing(cat.teixit.logic.agenda.AgendaPrintout printout,
            cat.teixit.logic.documents.DocumentService documents, SystemViewer viewer,
            cat.teixit.logic.settings.Language language) {
    }

    /** Lets the agenda print (without it, {@link #print} and {@link #letter} do nothing). */
    public AgendaViewModel printing(Printing p) {
        this.printing = p;
        return this;
    }

    /**
     * The days shown (the professional's or the team's day or week) as a PDF opened in the system's viewer, to print;
     * said when there is no viewer.
     */
    public void print() {
        if (printing == null) {
            return;
        }
        UUID whose = professionalId.get();
        // The month prints its own days, not the weeks around them its calendar shows.
        LocalDate first = monthView.get() ? anchor.get().withDayOfMonth(1) : days.getFirst();
        LocalDate last = monthView.get() ? anchor.get().withDayOfMonth(anchor.get().lengthOfMonth()) : days.getLast();
        errorText.set(null);
        notice.set(null);
        Printing p = printing;
        executor.run(() -> show(p, p.documents().forViewing(p.printout().days(user, whose, first, last, p.language()),
                "agenda-" + first + ".pdf"), null), notice::set, this::failed);
    }

    /** Shows a printout ({@link SystemViewer#showOrPrint}); what to say after ({@code done} when it opened), or null. */
    private static Notice show(Printing p, java.nio.file.Path file, Notice done) {
        SystemViewer.Shown shown = p.viewer().showOrPrint(file);
        String key = SystemViewer.message(shown);
        return key == null ? (shown == SystemViewer.Shown.OPENED ? done : null) : new Notice(key, file.toString());
    }

    /**
     * The letter calling the person to the selected appointment: filed in its case file, then opened in the system's
     * viewer to print or send.
     */
    public void letter() {
        AppointmentItem a = selected.get();
        if (printing == null || a == null || a.form().caseFileId() == null) {
            return;
        }
        errorText.set(null);
        notice.set(null);
        Printing p = printing;
        executor.run(() -> {
            var r = p.printout().letter(user, a, p.language());
            return show(p, p.documents().forViewing(r.pdf(), r.fileName()), new Notice("agenda.letter.filed",
                    a.caseNumber()));
        }, n -> {
            notice.set(n);
            onChanged.run();
        }, this::failed);
    }

    /** What a print has to say: a text's key and its argument. */
    public record Notice(String key, String arg) {
    }

    /** Reads the team and the appointments shown. */
    public void start() {
        executor.run(() -> agenda.professionals(user), professionals::setAll, this::failed);
        reload();
    }

    /** Reads the appointments of the days shown again (after a booking, a sync). */
    public void reload() {
        updateDays();
        if (loading != null) {
            loading.cancel();
        }
        List<UUID> whose = professionalId.get() == null ? List.of() : List.of(professionalId.get());
        LocalDate day = anchor.get();
        boolean month = monthView.get();
        boolean oneDay = dayView.get() && !month;
        UUID keep = selected.get() == null ? null : selected.get().id();
        loading = executor.run(() -> month ? agenda.month(user, whose, day)
                : oneDay ? agenda.day(user, whose, day) : agenda.week(user, whose, day), list -> {
            clashing = clashes(list);
            items.setAll(list);
            selected.set(list.stream().filter(a -> a.id().equals(keep)).findFirst().orElse(null));
        }, this::failed);
    }

    private void updateDays() {
        List<LocalDate> shown = new ArrayList<>();
        if (monthView.get()) {
            shown.addAll(AppointmentService.monthGrid(anchor.get()));
        } else if (dayView.get()) {
            shown.add(anchor.get());
        } else {
            LocalDate monday = AppointmentService.mondayOf(anchor.get());
            for (int i = 0; i < 7; i++) {
                shown.add(monday.plusDays(i));
            }
        }
        if (!shown.equals(days)) {
            days.setAll(shown);
        }
        // The team's day: its professionals side by side; otherwise a column a day.
        List<Column> cols = dayView.get() && !monthView.get() && professionalId.get() == null && !professionals.isEmpty()
                ? professionals.stream().map(p -> new Column(anchor.get(), p)).toList()
                : shown.stream().map(d -> new Column(d, null)).toList();
        if (!cols.equals(columns)) {
            columns.setAll(cols);
        }
    }

    /**
     * Whether {@code a} overlaps another appointment shown of the same professional or room (neither cancelled):
     * the workstation refuses such a booking unless overridden, but two workstations offline can each book the slot,
     * and both bookings arrive with the next sync.
     */
    public boolean clashes(AppointmentItem a) {
        return clashing.contains(a.id());
    }

    private static java.util.Set<UUID> clashes(List<AppointmentItem> list) {
        java.util.Set<UUID> out = new java.util.HashSet<>();
        List<AppointmentItem> live = list.stream().filter(a -> a.status() != AppointmentStatus.CANCELLED)
                .sorted(java.util.Comparator.comparing(AppointmentItem::startsAt)).toList();
        for (int i = 0; i < live.size(); i++) {
            AppointmentItem a = live.get(i);
            for (int j = i + 1; j < live.size() && live.get(j).startsAt().isBefore(a.endsAt()); j++) {
                AppointmentItem b = live.get(j);
                if (a.professionalId().equals(b.professionalId())
                        || a.room() != null && a.room().equalsIgnoreCase(b.room())) {
                    out.add(a.id());
                    out.add(b.id());
                }
            }
        }
        return out;
    }

    /** The appointments of a column, by start. */
    public List<AppointmentItem> in(Column c) {
        return on(c.day()).stream()
                .filter(a -> c.professional() == null || a.professionalId().equals(c.professional().id())).toList();
    }

    /** The appointments starting on {@code day}, by start. */
    public List<AppointmentItem> on(LocalDate day) {
        return items.stream().filter(a -> a.startsAt().atZone(AppointmentService.ZONE).toLocalDate().equals(day))
                .toList();
    }

    public void previous() {
        anchor.set(monthView.get() ? anchor.get().minusMonths(1) : anchor.get().minusDays(dayView.get() ? 1 : 7));
    }

    public void next() {
        anchor.set(monthView.get() ? anchor.get().plusMonths(1) : anchor.get().plusDays(dayView.get() ? 1 : 7));
    }

    public void today() {
        anchor.set(agenda.today());
    }

    /**
     * Moves the selected appointment by {@code by} (Alt+arrows: a quarter of an hour, a day), keeping its length and
     * room; a clash or the past is refused and said, as in the form.
     */
    public void moveSelected(java.time.Duration by) {
        act(a -> agenda.move(user, a, a.startsAt().plus(by), a.endsAt().plus(by), a.room(), false));
    }

    /**
     * Moves {@code a} to {@code day} at the same time (dragged onto another day's column), keeping its length and
     * room; refused and said as a move in the form.
     */
    public void moveToDay(AppointmentItem a, LocalDate day) {
        LocalDate from = a.startsAt().atZone(AppointmentService.ZONE).toLocalDate();
        if (!a.editable() || from.equals(day)) {
            return;
        }
        selected.set(a);
        moveSelected(java.time.Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(from, day)));
    }

    public void markAttended() {
        act(a -> agenda.markAttended(user, a.id(), a.rowVersion()));
    }

    public void markNoShow() {
        act(a -> agenda.markNoShow(user, a.id(), a.rowVersion()));
    }

    /** Cancels the selected appointment with {@code reason} (required: refused without one). */
    public void cancel(String reason) {
        act(a -> agenda.cancel(user, a.id(), a.rowVersion(), reason));
    }

    private void act(java.util.function.Consumer<AppointmentItem> change) {
        AppointmentItem a = selected.get();
        if (a == null) {
            return;
        }
        errorText.set(null);
        executor.runAction(() -> change.accept(a), () -> {
            reload();
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        notice.set(null);
        errorText.set(describe.apply(e));
        if (!(e instanceof ValidationException)) {
            org.slf4j.LoggerFactory.getLogger(AgendaViewModel.class).warn("Agenda: {}", ErrorKeys.of(e));
        }
    }

    /** The selected appointment when the user may change it ({@link AppointmentItem#editable()}). */
    public java.util.Optional<AppointmentItem> editableSelection() {
        return java.util.Optional.ofNullable(selected.get()).filter(AppointmentItem::editable);
    }
}
