package cat.teixit.gui.groups;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.model.groups.ActivitySummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The form of a new group activity: what it is, for whom, how many, where, by whom, its dates, weekly schedule and
 * the days it does not meet (dd/mm/yyyy, separated by commas). Saves in the background. Use from the FX thread.
 */
public final class ActivityFormViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final CurrentUser user;
    private final UiExecutor executor;
    private final GroupActivityService groups;
    private final Function<Throwable, String> describe;
    private final Consumer<UUID> onSaved;
    final StringProperty programme = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty targetGroup = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("12");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty facilitators = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>();
    final ObservableSet<DayOfWeek> weekdays = FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
    final StringProperty startTime = new SimpleStringProperty("10:00");
    final StringProperty endTime = new SimpleStringProperty("12:00");
    final StringProperty exceptions = new SimpleStringProperty("");
    /** Why the form was not saved, translated. */
    public final ObjectProperty<String> errorText = new SimpleObjectProperty<>();
    public final BooleanProperty saving = new SimpleBooleanProperty();
    /** The activity changed, or null for a new one; {@code loaded} is what the form showed of it. */
    private final ActivitySummary editing;
    private ActivityForm loaded;

    /** @param onSaved receives the new activity's id once saved */
    public ActivityFormViewModel(CurrentUser user, UiExecutor executor, GroupActivityService groups,
            Function<Throwable, String> describe, Consumer<UUID> onSaved) {
        this.user = user;
        this.executor = executor;
        this.groups = groups;
        this.describe = describe;
        this.onSaved = onSaved;
        this.editing = null;
        startsOn.set(groups.today().plusDays(7));
        endsOn.set(groups.today().plusMonths(3));
    }

    /**
     * The form of an existing activity: what it is, for whom, how many, where and by whom can change; its dates and
     * schedule are shown, not changed (sessions are added or cancelled one by one).
     */
    public ActivityFormViewModel(CurrentUser user, UiExecutor executor, GroupActivityService groups,
            Function<Throwable, String> describe, Consumer<UUID> onSaved, ActivitySummary activity) {
        this.user = user;
        this.executor = executor;
        this.groups = groups;
        this.describe = describe;
        this.onSaved = onSaved;
        this.editing = activity;
        programme.set(nonNull(activity.programme()));
        title.set(nonNull(activity.title()));
        description.set(nonNull(activity.description()));
        targetGroup.set(nonNull(activity.targetGroup()));
        capacity.set(String.valueOf(activity.capacity()));
        place.set(nonNull(activity.place()));
        facilitators.set(nonNull(activity.facilitators()));
        startsOn.set(activity.startsOn());
        endsOn.set(activity.endsOn());
        weekdays.addAll(GroupActivityService.weekdays(activity.weekdays()));
        startTime.set(activity.startTime());
        endTime.set(activity.endTime());
        loaded = form(activity.capacity(), LocalTime.parse(activity.startTime(), TIME),
                LocalTime.parse(activity.endTime(), TIME), Set.of());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Whether this form changes an existing activity (its schedule then cannot change). */
    public boolean editing() {
        return editing != null;
    }

    private ActivityForm form(Integer places, LocalTime start, LocalTime end, Set<LocalDate> skipped) {
        return new ActivityForm(programme.get(), title.get(), description.get(), targetGroup.get(),
                places == null ? 0 : places, place.get(), facilitators.get(), startsOn.get(), endsOn.get(),
                Set.copyOf(weekdays), start, end, skipped);
    }

    /** Checks what cannot be parsed here, then saves; the service checks the rest. */
    public void save() {
        if (saving.get()) {
            return;
        }
        ValidationErrors bad = new ValidationErrors();
        Integer places = parse(bad, "capacity", "groups.form.error.capacity", () -> Integer.parseInt(capacity.get()
                .strip()));
        LocalTime start = parse(bad, "startTime", "validation.time", () -> LocalTime.parse(startTime.get().strip(),
                TIME));
        LocalTime end = parse(bad, "endTime", "validation.time", () -> LocalTime.parse(endTime.get().strip(), TIME));
        Set<LocalDate> skipped = parse(bad, "exceptions", "groups.form.error.exceptions", this::exceptionDays);
        try {
            bad.throwIfAny();
        } catch (ValidationException e) {
            errorText.set(describe.apply(e));
            return;
        }
        ActivityForm form = form(places, start, end, skipped);
        saving.set(true);
        errorText.set(null);
        ActivityForm before = loaded;
        executor.run(() -> {
            if (editing == null) {
                return groups.create(user, form);
            }
            groups.edit(user, editing.id(), editing.rowVersion(), before, form);
            return editing.id();
        }, id -> {
            saving.set(false);
            onSaved.accept(id);
        }, e -> {
            saving.set(false);
            errorText.set(describe.apply(e));
        });
    }

    private static <T> T parse(ValidationErrors bad, String field, String key, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (NumberFormatException | DateTimeParseException e) {
            bad.add(field, key);
            return null;
        }
    }

    private Set<LocalDate> exceptionDays() {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (String s : exceptions.get().split("[,;\\s]+")) {
            if (!s.isBlank()) {
                days.add(LocalDate.parse(s.strip(), DAY));
            }
        }
        return days;
    }
}
