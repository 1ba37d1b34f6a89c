package cat.teixit.gui.agenda;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.agenda.AppointmentForm;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.model.agenda.AppointmentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The booking form: a new appointment (from the agenda, or from a case file with its person and case file already
 * chosen) or a change to one (moving it is changing its date and times). A change saves only the fields the user
 * changed. A clash is shown with what it clashes with; the user may then book anyway, explicitly. Use from the FX
 * thread.
 */
public final class AppointmentFormViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Who the new appointment is with, when it is booked from a case file: shown, not typed. */
    public record Prefill(UUID personId, UUID householdId, UUID caseFileId, String withWhom) {
        public static final Prefill NONE = new Prefill(null, null, null, null);
    }

    private final CurrentUser user;
    private final UiExecutor executor;
    private final AppointmentService agenda;
    private final AppointmentItem existing;
    /** Who a new appointment is with (chosen by a search, or prefilled from a case file); changes when one is chosen. */
    public final ObjectProperty<Prefill> with = new SimpleObjectProperty<>();
    private final Runnable onSaved;
    public final ObservableList<AppointmentService.Professional> professionals = FXCollections.observableArrayList();
    public final ObjectProperty<UUID> professionalId = new SimpleObjectProperty<>();
    public final ObjectProperty<AppointmentKind> kind = new SimpleObjectProperty<>(AppointmentKind.FOLLOW_UP);
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty startTime = new SimpleStringProperty("09:00");
    public final StringProperty endTime = new SimpleStringProperty("09:45");
    public final StringProperty room = new SimpleStringProperty("");
    public final ObjectProperty<LocalDate> requestDate = new SimpleObjectProperty<>();
    public final StringProperty notes = new SimpleStringProperty("");
    public final BooleanProperty confidential = new SimpleBooleanProperty();
    /** Ticked by the user, after a clash was shown, to book over it (recorded on the appointment). */
    public final BooleanProperty allowDoubleBooking = new SimpleBooleanProperty();
    /** True while the last save was refused for a clash: the override is offered. */
    public final BooleanProperty clash = new SimpleBooleanProperty();
    public final BooleanProperty saving = new SimpleBooleanProperty();
    public final BooleanProperty saved = new SimpleBooleanProperty();
    public final ObservableMap<String, ValidationErrors.Problem> errors = FXCollections.observableHashMap();
    public final ObjectProperty<String> failureKey = new SimpleObjectProperty<>();
    /** What the form showed right after loading an existing appointment: a change is what differs from it. */
    private AppointmentForm shown;

    /**
     * @param existing the appointment to change, or null for a new one
     * @param day      the day a new appointment is proposed on
     */
    public AppointmentFormViewModel(CurrentUser user, UiExecutor executor, AppointmentService agenda,
            AppointmentItem existing, Prefill prefill, LocalDate day, Runnable onSaved) {
        this.user = user;
        this.executor = executor;
        this.agenda = agenda;
        this.existing = existing;
        this.with.set(prefill);
        this.onSaved = onSaved;
        if (existing == null) {
            professionalId.set(user.id());
            date.set(day);
        } else {
            load(existing.form());
            shown = typed();
        }
        kind.addListener((o, a, k) -> {
            if (k == AppointmentKind.FIRST_VISIT && requestDate.get() == null) {
                requestDate.set(agenda.today());
            }
        });
        // Another time, professional or room is another question: the override is asked again.
        for (var p : List.of(startTime, endTime, room)) {
            p.addListener((o, a, b) -> clearClash());
        }
        date.addListener((o, a, b) -> clearClash());
        professionalId.addListener((o, a, b) -> clearClash());
    }

    private void load(AppointmentForm f) {
        professionalId.set(f.professionalId());
        kind.set(f.kind());
        date.set(f.startsAt().atZone(AppointmentService.ZONE).toLocalDate());
        startTime.set(TIME.format(f.startsAt().atZone(AppointmentService.ZONE)));
        endTime.set(TIME.format(f.endsAt().atZone(AppointmentService.ZONE)));
        room.set(f.room() == null ? "" : f.room());
        requestDate.set(f.requestDate());
        notes.set(f.notes() == null ? "" : f.notes());
        confidential.set(f.confidential());
    }

    private void clearClash() {
        clash.set(false);
        allowDoubleBooking.set(false);
        errors.remove(AppointmentService.CLASH);
    }

    /** Reads the team's professionals (for the professional's list) in the background. */
    public void loadProfessionals() {
        executor.run(() -> agenda.professionals(user), professionals::setAll, e -> failureKey.set(ErrorKeys.of(e)));
    }

    /** The form as typed; times that cannot be read are null (and named in the errors by {@link #save()}). */
    private AppointmentForm typed() {
        Prefill who = with.get();
        AppointmentForm base = existing == null ? new AppointmentForm(null, who.personId(), who.householdId(),
                who.caseFileId(), null, null, null, null, null, null, false) : existing.form();
        return new AppointmentForm(professionalId.get(), base.personId(), base.householdId(), base.caseFileId(),
                kind.get(), instant(startTime.get()), instant(endTime.get()), blankToNull(room.get()), requestDate.get(),
                blankToNull(notes.get()), confidential.get());
    }

    private Instant instant(String time) {
        if (date.get() == null || time == null) {
            return null;
        }
        try {
            return date.get().atTime(LocalTime.parse(time.strip(), TIME)).atZone(AppointmentService.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Books the appointment, or saves what changed; with the override ticked a clash is booked anyway. */
    public void save() {
        errors.clear();
        failureKey.set(null);
        AppointmentForm form = typed();
        if (form.startsAt() == null) {
            errors.put("startsAt", new ValidationErrors.Problem("validation.time"));
        }
        if (form.endsAt() == null) {
            errors.put("endsAt", new ValidationErrors.Problem("validation.time"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        boolean override = allowDoubleBooking.get();
        saving.set(true);
        executor.run(() -> {
            if (existing == null) {
                agenda.book(user, form, override);
            } else {
                agenda.update(user, existing.id(), Edit.of(existing.form(), shown, form), override);
            }
            return null;
        }, ok -> {
            saving.set(false);
            saved.set(true);
            onSaved.run();
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                errors.putAll(v.errors().byField());
                clash.set(v.errors().get(AppointmentService.CLASH) != null);
            } else {
                failureKey.set(ErrorKeys.of(e));
            }
        });
    }

    public boolean isNew() {
        return existing == null;
    }

    /**
     * False when the appointment's confidential notes are someone else's the user may not read: the notes are then
     * neither shown nor editable (writing over them would be refused anyway).
     */
    public boolean notesReadable() {
        return existing == null || !existing.form().confidential() || existing.form().notes() != null;
    }

    /** Who it is with: the chosen or prefilled person, or the existing appointment's; null when internal. */
    public String withWhom() {
        if (existing != null) {
            String who = existing.withWhom();
            return existing.caseNumber() == null || who == null ? who : who + " · " + existing.caseNumber();
        }
        return with.get().withWhom();
    }

    /** A new appointment is with this person (a search's result), about their case file when they have one. */
    public void choosePerson(PersonHit hit) {
        if (existing == null && hit != null) {
            String name = hit.givenName() + " " + hit.surname1() + (hit.surname2() == null ? "" : " " + hit.surname2());
            with.set(new Prefill(hit.personId(), null, hit.caseFileId(),
                    hit.caseNumber() == null ? name : name + " · " + hit.caseNumber()));
        }
    }

    /** True when something was typed that is not saved. */
    public boolean hasUnsavedChanges() {
        return !saved.get() && (existing == null ? !notes.get().isBlank() : !Edit.differing(shown, typed()).isEmpty());
    }
}
