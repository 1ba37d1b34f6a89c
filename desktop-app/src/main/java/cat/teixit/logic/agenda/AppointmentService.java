package cat.teixit.logic.agenda;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.model.agenda.Appointment;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.agenda.AppointmentRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;

/**
 * The agenda's use cases: book, change or move, cancel with a reason, mark attended or no-show; a professional's
 * day or week, a team's week, today's appointments. Every change is checked whole before anything is written and
 * writes its outbox entry in the same transaction; a change writes only the fields that changed. A clash with an
 * appointment of the same professional or room is refused, naming it, unless the user overrides it explicitly,
 * which is recorded on the appointment. Thread-safe.
 */
@RequiredArgsConstructor
public final class AppointmentService {

    /** Dates and times are the users': Catalonia's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    /** The error key of a clash; the form offers the explicit override when it sees it. */
    public static final String CLASH = "clash";
    static final int NOTES_MAX = 4000;
    static final int ROOM_MAX = 80;
    static final int REASON_MAX = 500;
    private static final Duration LONGEST = Duration.ofHours(12);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A professional of the team, for choosing whose agenda to show or book in. */
    public record Professional(UUID id, String displayName) {
    }

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;

    // ------------------------------------------------------------------------------------------------- changes

    /**
     * Books an appointment. With {@code allowDoubleBooking} a clash is accepted and recorded on it; without, it is
     * refused with the {@link #CLASH} error naming the appointment it clashes with.
     */
    public UUID book(CurrentUser user, AppointmentForm form, boolean allowDoubleBooking) {
        AppointmentForm clean = checked(form, AppointmentForm.FIELDS.names());
        return change(user, tx -> {
            Appointment a = new Appointment(Ids.newId(), user.scope());
            AppointmentForm linked = linked(user, tx, clean, AppointmentForm.FIELDS.names());
            AppointmentForm.FIELDS.writeAll(a, linked);
            a.setStatus(AppointmentStatus.BOOKED);
            a.setAuthorId(user.id());
            a.setCreatedAt(clock.instant());
            a.setDoubleBookedOverride(checkClashes(tx, a, allowDoubleBooking));
            writable(user, a);
            recorder.recordInsert(tx, recorder.newTransactionId(), a);
            tx.appointments().save(a);
            return a.getId();
        });
    }

    /**
     * Changes an appointment: only the fields of {@code edit} that the user changed, each refused if someone else
     * changed it since the form was loaded. A booked appointment keeps being checked for the past and for clashes
     * when its time, professional or room changes.
     */
    public void update(CurrentUser user, UUID id, Edit<AppointmentForm> edit, boolean allowDoubleBooking) {
        if (edit.isEmpty()) {
            return;
        }
        AppointmentForm clean = checked(edit.typed(), edit.changed());
        change(user, tx -> {
            Appointment a = existing(user, tx, id);
            Map<String, Object> before = a.syncFields();
            AppointmentForm.FIELDS.apply(a, edit.loaded(), linked(user, tx, clean, edit.changed()), edit.changed());
            ValidationErrors e = new ValidationErrors();
            if (!a.getEndsAt().isAfter(a.getStartsAt())) {
                e.add("endsAt", "agenda.error.endBeforeStart");
            }
            boolean timeOrPlace = edit.changed().stream().anyMatch(Set.of("startsAt", "endsAt", "professionalId",
                    "room")::contains);
            if (timeOrPlace && a.getStatus() != AppointmentStatus.BOOKED) {
                e.add("startsAt", "agenda.error.notBooked");
            }
            e.throwIfAny();
            if (timeOrPlace) {
                a.setDoubleBookedOverride(checkClashes(tx, a, allowDoubleBooking));
            }
            recorder.recordPatch(tx, recorder.newTransactionId(), a, before);
            return null;
        });
    }

    /** Moves a booked appointment to another time (and room), as an edit of those fields only. */
    public void move(CurrentUser user, AppointmentItem item, Instant startsAt, Instant endsAt, String room,
            boolean allowDoubleBooking) {
        update(user, item.id(), Edit.of(item.form(), item.form().movedTo(startsAt, endsAt, room)), allowDoubleBooking);
    }

    /** Cancels a booked appointment; the reason is required. */
    public void cancel(CurrentUser user, UUID id, long expectedRowVersion, String reason) {
        ValidationErrors e = new ValidationErrors();
        String r = text(e, "cancelReason", reason, REASON_MAX);
        if (r == null) {
            e.add("cancelReason", "agenda.error.reasonRequired");
        }
        e.throwIfAny();
        changeStatus(user, id, expectedRowVersion, Set.of(AppointmentStatus.BOOKED), a -> {
            a.setStatus(AppointmentStatus.CANCELLED);
            a.setCancelReason(r);
        });
    }

    /** Records that the person came; also corrects a no-show. Not before the appointment starts. */
    public void markAttended(CurrentUser user, UUID id, long expectedRowVersion) {
        outcome(user, id, expectedRowVersion, AppointmentStatus.ATTENDED);
    }

    /** Records that the person did not come; also corrects an attended one. Not before the appointment starts. */
    public void markNoShow(CurrentUser user, UUID id, long expectedRowVersion) {
        outcome(user, id, expectedRowVersion, AppointmentStatus.NO_SHOW);
    }

    private void outcome(CurrentUser user, UUID id, long expectedRowVersion, AppointmentStatus status) {
        changeStatus(user, id, expectedRowVersion,
                Set.of(AppointmentStatus.BOOKED, AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW), a -> {
                    if (a.getStartsAt().isAfter(clock.instant())) {
                        new ValidationErrors().add("status", "agenda.error.notYet").throwIfAny();
                    }
                    a.setStatus(status);
                });
    }

    private void changeStatus(CurrentUser user, UUID id, long expectedRowVersion, Set<AppointmentStatus> from,
            Consumer<Appointment> change) {
        change(user, tx -> {
            Appointment a = existing(user, tx, id);
            if (a.getRowVersion() != expectedRowVersion) {
                throw new StaleRecordException("changed since it was loaded", null);
            }
            if (!from.contains(a.getStatus())) {
                new ValidationErrors().add("status", "agenda.error.notBooked").throwIfAny();
            }
            Map<String, Object> before = a.syncFields();
            change.accept(a);
            recorder.recordPatch(tx, recorder.newTransactionId(), a, before);
            return null;
        });
    }

    // ------------------------------------------------------------------------------------------------- queries

    /** The professionals of the user's team, the user first. */
    public List<Professional> professionals(CurrentUser user) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> tx.users().ofTeam(user.teamId()).stream().filter(UserAccount::isActive)
                .sorted((x, y) -> x.getId().equals(user.id()) ? -1 : y.getId().equals(user.id()) ? 1
                        : x.getDisplayName().compareToIgnoreCase(y.getDisplayName()))
                .map(u -> new Professional(u.getId(), u.getDisplayName())).toList());
    }

    /** One day of some professionals' agendas (none: the whole team's), by start. */
    public List<AppointmentItem> day(CurrentUser user, Collection<UUID> professionals, LocalDate day) {
        return between(user, professionals, day, day.plusDays(1));
    }

    /** The week (Monday to Sunday) holding {@code anyDay} of some professionals' agendas (none: the team's). */
    public List<AppointmentItem> week(CurrentUser user, Collection<UUID> professionals, LocalDate anyDay) {
        LocalDate monday = mondayOf(anyDay);
        return between(user, professionals, monday, monday.plusDays(7));
    }

    /**
     * The month holding {@code anyDay} as a calendar shows it, whole weeks from the Monday of its first day to the
     * Sunday of its last, of some professionals' agendas (none: the team's).
     */
    public List<AppointmentItem> month(CurrentUser user, Collection<UUID> professionals, LocalDate anyDay) {
        List<LocalDate> grid = monthGrid(anyDay);
        return between(user, professionals, grid.getFirst(), grid.getLast().plusDays(1));
    }

    /** The days a month's calendar shows: whole weeks, Monday first, holding every day of {@code anyDay}'s month. */
    public static List<LocalDate> monthGrid(LocalDate anyDay) {
        LocalDate first = mondayOf(anyDay.withDayOfMonth(1));
        LocalDate last = mondayOf(anyDay.withDayOfMonth(anyDay.lengthOfMonth())).plusDays(6);
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** The user's appointments of today, cancelled ones left out: the home screen's list. */
    public List<AppointmentItem> today(CurrentUser user) {
        return day(user, List.of(user.id()), today()).stream()
                .filter(a -> a.status() != AppointmentStatus.CANCELLED).toList();
    }

    /** The Monday of the week holding {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Some professionals' (none: the team's) appointments starting on the days from {@code first} to {@code last}. */
    public List<AppointmentItem> span(CurrentUser user, Collection<UUID> professionals, LocalDate first,
            LocalDate last) {
        return between(user, professionals, first, last.plusDays(1));
    }

    /** Appointments starting on days [from, to). */
    private List<AppointmentItem> between(CurrentUser user, Collection<UUID> professionals, LocalDate from,
            LocalDate to) {
        access.require(user, Permission.VIEW_CASE_FILES);
        boolean lead = access.allows(user, Permission.READ_TEAM_CONFIDENTIAL);
        boolean editor = access.allows(user, Permission.EDIT_CASE_FILES);
        var window = new AppointmentRepository.Window(List.copyOf(professionals), user.visibleScopes(),
                from.atStartOfDay(ZONE).toInstant(), to.atStartOfDay(ZONE).toInstant());
        return store.read(tx -> tx.appointments().in(window, user.id(), lead)).stream()
                .map(r -> new AppointmentItem(r.id(), r.rowVersion(), r.professionalName(), r.personName(),
                        r.householdName(), r.caseNumber(), r.status(), r.cancelReason(), r.doubleBookedOverride(),
                        editor && user.mayWrite(r.scope()),
                        new AppointmentForm(r.professionalId(), r.personId(), r.householdId(), r.caseFileId(),
                                r.kind(), r.startsAt(), r.endsAt(), r.room(), r.requestDate(), r.notes(),
                                r.confidential())))
                .toList();
    }

    // ------------------------------------------------------------------------------------------------- rules

    private <T> T change(CurrentUser user, java.util.function.Function<StoreTx, T> work) {
        access.require(user, Permission.EDIT_CASE_FILES);
        return store.write(work);
    }

    private Appointment existing(CurrentUser user, StoreTx tx, UUID id) {
        Appointment a = tx.appointments().find(id).filter(x -> user.visibleScopes().contains(x.getScope()))
                .orElseThrow(() -> new NotFoundException("appointment"));
        writable(user, a);
        return a;
    }

    private static void writable(CurrentUser user, SyncedEntity e) {
        if (!user.mayWrite(e.getScope())) {
            throw new AccessDeniedException(Permission.EDIT_CASE_FILES);
        }
    }

    /** The form cleaned and checked for the fields it writes; nothing is read from the store here. */
    private AppointmentForm checked(AppointmentForm f, Set<String> fields) {
        ValidationErrors e = new ValidationErrors();
        if (f.professionalId() == null) {
            e.add("professionalId", "validation.required");
        }
        if (f.kind() == null) {
            e.add("kind", "validation.required");
        }
        if (f.startsAt() == null) {
            e.add("startsAt", "validation.required");
        }
        if (f.endsAt() == null) {
            e.add("endsAt", "validation.required");
        }
        if (f.startsAt() != null && f.endsAt() != null) {
            if (!f.endsAt().isAfter(f.startsAt())) {
                e.add("endsAt", "agenda.error.endBeforeStart");
            } else if (Duration.between(f.startsAt(), f.endsAt()).compareTo(LONGEST) > 0) {
                e.add("endsAt", "agenda.error.tooLong", LONGEST.toHours());
            }
            boolean timeChanged = fields.contains("startsAt") || fields.contains("endsAt");
            if (timeChanged && f.startsAt().isBefore(clock.instant())) {
                e.add("startsAt", "agenda.error.past");
            }
        }
        String room = text(e, "room", f.room(), ROOM_MAX);
        String notes = text(e, "notes", f.notes(), NOTES_MAX);
        if (f.requestDate() != null && f.startsAt() != null
                && f.requestDate().isAfter(f.startsAt().atZone(ZONE).toLocalDate())) {
            e.add("requestDate", "agenda.error.requestAfter");
        }
        e.only(fields::contains).throwIfAny();
        return new AppointmentForm(f.professionalId(), f.personId(), f.householdId(), f.caseFileId(), f.kind(),
                f.startsAt(), f.endsAt(), room, f.requestDate(), notes, f.confidential());
    }

    private static String text(ValidationErrors e, String field, String raw, int max) {
        String t = "notes".equals(field) ? (raw == null || raw.isBlank() ? null : raw.strip()) : Texts.clean(raw);
        if (t != null && t.length() > max) {
            e.add(field, "validation.tooLong", max);
        } else if (!Texts.isPrintable(t)) {
            e.add(field, "validation.badCharacters");
        }
        return t;
    }

    /**
     * The form with its links checked against the store: the professional a colleague of the team, the person,
     * household and case file ones the user may see; a case file brings its household when none was chosen. Only
     * the links among {@code fields} (those written) are checked.
     */
    private AppointmentForm linked(CurrentUser user, StoreTx tx, AppointmentForm f, Set<String> fields) {
        ValidationErrors e = new ValidationErrors();
        if (fields.contains("professionalId")) {
            UserAccount pro = tx.users().find(f.professionalId()).orElse(null);
            if (pro == null || !pro.getTeam().getId().equals(user.teamId()) || !pro.isActive()) {
                e.add("professionalId", "agenda.error.notColleague");
            }
        }
        UUID household = f.householdId();
        if (f.caseFileId() != null && fields.contains("caseFileId")) {
            CaseFile cf = visible(user, tx, CaseFile.class, f.caseFileId(), "caseFileId", e);
            if (cf != null && household == null) {
                household = cf.getHouseholdId();
            }
        }
        if (f.personId() != null && fields.contains("personId")) {
            visible(user, tx, Person.class, f.personId(), "personId", e);
        }
        if (household != null && fields.contains("householdId")) {
            visible(user, tx, Household.class, household, "householdId", e);
        }
        e.throwIfAny();
        return new AppointmentForm(f.professionalId(), f.personId(), household, f.caseFileId(), f.kind(),
                f.startsAt(), f.endsAt(), f.room(), f.requestDate(), f.notes(), f.confidential());
    }

    private static <T extends SyncedEntity> T visible(CurrentUser user, StoreTx tx, Class<T> type, UUID id,
            String field, ValidationErrors e) {
        T found = tx.cases().find(type, id).filter(x -> user.visibleScopes().contains(x.getScope())).orElse(null);
        if (found == null) {
            e.add(field, "agenda.error.notFound");
        }
        return found;
    }

    /**
     * Checks a booked appointment against the others of its professional and room. A clash is refused with the
     * {@link #CLASH} error naming the first one, unless allowed: then it is recorded (the returned flag).
     */
    private boolean checkClashes(StoreTx tx, Appointment a, boolean allowDoubleBooking) {
        if (a.getStatus() != AppointmentStatus.BOOKED) {
            return a.isDoubleBookedOverride();
        }
        List<Appointment> clashes = tx.appointments().clashes(a.getId(), a.getProfessionalId(), a.getScope(), a.getRoom(),
                a.getStartsAt(), a.getEndsAt());
        if (clashes.isEmpty()) {
            return false;
        }
        if (allowDoubleBooking) {
            return true;
        }
        Appointment c = clashes.getFirst();
        String when = WHEN.format(c.getStartsAt().atZone(ZONE)) + "–" + TIME.format(c.getEndsAt().atZone(ZONE));
        if (c.getProfessionalId().equals(a.getProfessionalId())) {
            String name = tx.users().find(c.getProfessionalId()).map(UserAccount::getDisplayName).orElse("?");
            new ValidationErrors().add(CLASH, "agenda.error.clashProfessional", name, when).throwIfAny();
        }
        new ValidationErrors().add(CLASH, "agenda.error.clashRoom", c.getRoom(), when).throwIfAny();
        return true;
    }
}
