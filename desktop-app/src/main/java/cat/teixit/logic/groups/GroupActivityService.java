package cat.teixit.logic.groups;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.Ids;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.common.StaleRecordException;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.model.groups.GroupActivity;
import cat.teixit.model.groups.GroupAttendance;
import cat.teixit.model.groups.GroupEnrolment;
import cat.teixit.model.groups.GroupSession;
import cat.teixit.model.groups.Participant;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.groups.GroupRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Group activities' use cases: create one with its sessions made from a weekly schedule (Catalonia's public
 * holidays and the given exceptions skipped), add a session, change the capacity, enrol (over capacity: on the
 * waiting list), withdraw with a reason (the first waiting is promoted, recording when and by whom), take a
 * session's attendance as a whole; the lists and figures of an activity. Every change is checked whole before
 * anything is written and writes its outbox entries in the same transaction. Thread-safe.
 */
public final class GroupActivityService {

    /** Dates and times are the users': Catalonia's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final int NAME_MAX = 120;
    static final int TEXT_MAX = 4000;
    static final int NOTE_MAX = 500;
    static final int CAPACITY_MAX = 500;
    /** Sessions one schedule may make: a daily activity for two years. */
    static final int SESSIONS_MAX = 730;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    /** One session in an activity's list, with how many marks it has. */
    public record SessionItem(UUID id, long rowVersion, Instant startsAt, Instant endsAt, String place,
            boolean cancelled) {
    }

    /** One participant on a session's attendance screen: their mark and note, null when not taken yet. */
    public record AttendanceLine(UUID personId, String personName, String caseNumber, AttendanceMark mark,
            String note) {
    }

    /** What the attendance screen saves for one participant. */
    public record Mark(UUID personId, AttendanceMark mark, String note) {
    }

    /** An activity's figures: people enrolled, waiting and withdrawn (drop-outs), and the share of present marks. */
    public record Figures(int enrolled, int waiting, int dropOuts, int sessions, int marks, double attendanceRate) {
    }

    /** The outcome of an enrolment: enrolled, or waiting at a position (from 1). */
    public record Enrolled(UUID enrolmentId, EnrolmentStatus status, int waitingPosition) {
    }

    private final LocalStore store;
    private final ChangeRecorder recorder;
    private final AccessPolicy access;
    private final Clock clock;
    private final Holidays holidays;

    public GroupActivityService(LocalStore store, ChangeRecorder recorder, AccessPolicy access, Clock clock,
            Holidays holidays) {
        this.store = store;
        this.recorder = recorder;
        this.access = access;
        this.clock = clock;
        this.holidays = holidays;
    }

    // ------------------------------------------------------------------------------------------------- changes

    /** Creates an activity and its sessions, one per scheduled day that is neither a holiday nor an exception. */
    public UUID create(CurrentUser user, ActivityForm form) {
        ValidationErrors e = new ValidationErrors();
        String programme = required(e, "programme", form.programme(), NAME_MAX);
        String title = required(e, "title", form.title(), NAME_MAX);
        String description = text(e, "description", form.description(), TEXT_MAX);
        String target = text(e, "targetGroup", form.targetGroup(), NAME_MAX);
        String place = text(e, "place", form.place(), NAME_MAX);
        String facilitators = text(e, "facilitators", form.facilitators(), NAME_MAX);
        if (form.capacity() < 1 || form.capacity() > CAPACITY_MAX) {
            e.add("capacity", "groups.error.capacityRange", CAPACITY_MAX);
        }
        if (form.startsOn() == null) {
            e.add("startsOn", "validation.required");
        }
        if (form.endsOn() == null) {
            e.add("endsOn", "validation.required");
        } else if (form.startsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            e.add("endsOn", "groups.error.endBeforeStart");
        }
        if (form.weekdays().isEmpty()) {
            e.add("weekdays", "groups.error.noWeekdays");
        }
        checkTimes(e, form.startTime(), form.endTime());
        e.throwIfAny();
        List<LocalDate> days = scheduledDays(form);
        if (days.isEmpty()) {
            e.add("weekdays", "groups.error.noSessions");
        } else if (days.size() > SESSIONS_MAX) {
            e.add("endsOn", "groups.error.tooManySessions", SESSIONS_MAX);
        }
        e.throwIfAny();
        return change(user, tx -> {
            UUID txId = recorder.newTransactionId();
            GroupActivity a = new GroupActivity(Ids.newId(), user.scope());
            a.setProgramme(programme);
            a.setTitle(title);
            a.setDescription(description);
            a.setTargetGroup(target);
            a.setCapacity(form.capacity());
            a.setPlace(place);
            a.setFacilitators(facilitators);
            a.setStartsOn(form.startsOn());
            a.setEndsOn(form.endsOn());
            a.setWeekdays(form.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
            a.setStartTime(HHMM.format(form.startTime()));
            a.setEndTime(HHMM.format(form.endTime()));
            a.setAuthorId(user.id());
            a.setCreatedAt(clock.instant());
            recorder.recordInsert(tx, txId, a);
            tx.groups().save(a);
            for (LocalDate day : days) {
                insertSession(tx, txId, a, day, form.startTime(), form.endTime(), null);
            }
            return a.getId();
        });
    }

    /** The days of a schedule between its dates, holidays and exceptions left out. */
    List<LocalDate> scheduledDays(ActivityForm form) {
        List<LocalDate> days = new ArrayList<>();
        Set<DayOfWeek> on = EnumSet.copyOf(form.weekdays());
        for (LocalDate d = form.startsOn(); !d.isAfter(form.endsOn()) && days.size() <= SESSIONS_MAX;
                d = d.plusDays(1)) {
            if (on.contains(d.getDayOfWeek()) && !holidays.isHoliday(d) && !form.exceptions().contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** Adds one session to an activity, on a day within its dates. */
    public UUID addSession(CurrentUser user, UUID activityId, LocalDate day, LocalTime start, LocalTime end,
            String place) {
        ValidationErrors e = new ValidationErrors();
        if (day == null) {
            e.add("day", "validation.required");
        }
        checkTimes(e, start, end);
        String where = text(e, "place", place, NAME_MAX);
        e.throwIfAny();
        return change(user, tx -> {
            GroupActivity a = existing(user, tx, GroupActivity.class, activityId, "groupActivity");
            if (day.isBefore(a.getStartsOn()) || day.isAfter(a.getEndsOn())) {
                new ValidationErrors().add("day", "groups.error.outsideDates", DAY.format(a.getStartsOn()),
                        DAY.format(a.getEndsOn())).throwIfAny();
            }
            return insertSession(tx, recorder.newTransactionId(), a, day, start, end, where).getId();
        });
    }

    /** Cancels a session (or undoes it): its attendance is no longer counted. */
    public void setCancelled(CurrentUser user, UUID sessionId, long expectedRowVersion, boolean cancelled) {
        change(user, tx -> {
            GroupSession s = existing(user, tx, GroupSession.class, sessionId, "groupSession");
            fresh(s, expectedRowVersion);
            Map<String, Object> before = s.syncFields();
            s.setCancelled(cancelled);
            recorder.recordPatch(tx, recorder.newTransactionId(), s, before);
            return null;
        });
    }

    /**
     * Changes what an activity is (programme, title, description, target group, place, facilitators) and its capacity
     * (as {@link #changeCapacity}), writing only the fields that differ between {@code before} (what the form loaded)
     * and {@code after}; its dates and schedule stay (a session is added or cancelled one by one). Refused when the
     * activity changed since the form was loaded.
     */
    public void edit(CurrentUser user, UUID activityId, long expectedRowVersion, ActivityForm before,
            ActivityForm after) {
        ValidationErrors e = new ValidationErrors();
        String programme = required(e, "programme", after.programme(), NAME_MAX);
        String title = required(e, "title", after.title(), NAME_MAX);
        String description = text(e, "description", after.description(), TEXT_MAX);
        String target = text(e, "targetGroup", after.targetGroup(), NAME_MAX);
        String place = text(e, "place", after.place(), NAME_MAX);
        String facilitators = text(e, "facilitators", after.facilitators(), NAME_MAX);
        e.throwIfAny();
        change(user, tx -> {
            GroupActivity a = existing(user, tx, GroupActivity.class, activityId, "groupActivity");
            fresh(a, expectedRowVersion);
            Map<String, Object> was = a.syncFields();
            ifChanged(before.programme(), after.programme(), programme, a::setProgramme);
            ifChanged(before.title(), after.title(), title, a::setTitle);
            ifChanged(before.description(), after.description(), description, a::setDescription);
            ifChanged(before.targetGroup(), after.targetGroup(), target, a::setTargetGroup);
            ifChanged(before.place(), after.place(), place, a::setPlace);
            ifChanged(before.facilitators(), after.facilitators(), facilitators, a::setFacilitators);
            UUID txId = recorder.newTransactionId();
            recorder.recordPatch(tx, txId, a, was);
            if (before.capacity() != after.capacity()) {
                capacity(user, tx, txId, a, after.capacity());
            }
            return null;
        });
    }

    /**
     * Changes an activity's capacity: never below the people enrolled; a larger one promotes people from the
     * waiting list into the new places.
     */
    public void changeCapacity(CurrentUser user, UUID activityId, long expectedRowVersion, int capacity) {
        change(user, tx -> {
            GroupActivity a = existing(user, tx, GroupActivity.class, activityId, "groupActivity");
            fresh(a, expectedRowVersion);
            capacity(user, tx, recorder.newTransactionId(), a, capacity);
            return null;
        });
    }

    private void capacity(CurrentUser user, StoreTx tx, UUID txId, GroupActivity a, int capacity) {
        List<GroupEnrolment> all = tx.groups().enrolments(a.getId());
        long enrolled = all.stream().filter(x -> x.getStatus() == EnrolmentStatus.ENROLLED).count();
        ValidationErrors e = new ValidationErrors();
        if (capacity < 1 || capacity > CAPACITY_MAX) {
            e.add("capacity", "groups.error.capacityRange", CAPACITY_MAX);
        } else if (capacity < enrolled) {
            e.add("capacity", "groups.error.capacityBelowEnrolled", enrolled);
        }
        e.throwIfAny();
        Map<String, Object> before = a.syncFields();
        a.setCapacity(capacity);
        recorder.recordPatch(tx, txId, a, before);
        promote(user, tx, txId, all, (int) (capacity - enrolled));
    }

    /**
     * Enrols a person, from one of their case files or none: enrolled while there are places, else on the waiting
     * list. A person already enrolled or waiting is refused, named.
     */
    public Enrolled enrol(CurrentUser user, UUID activityId, UUID personId, UUID caseFileId) {
        return change(user, tx -> {
            GroupActivity a = existing(user, tx, GroupActivity.class, activityId, "groupActivity");
            ValidationErrors e = new ValidationErrors();
            if (personId == null || visible(user, tx, Person.class, personId) == null) {
                e.add("personId", "groups.error.notFound");
            }
            if (caseFileId != null && visible(user, tx, CaseFile.class, caseFileId) == null) {
                e.add("caseFileId", "groups.error.notFound");
            }
            e.throwIfAny();
            List<GroupEnrolment> all = tx.groups().enrolments(activityId);
            if (all.stream().anyMatch(x -> x.getPersonId().equals(personId)
                    && x.getStatus() != EnrolmentStatus.WITHDRAWN)) {
                e.add("personId", "groups.error.alreadyEnrolled", tx.groups().personName(personId)).throwIfAny();
            }
            long enrolled = all.stream().filter(x -> x.getStatus() == EnrolmentStatus.ENROLLED).count();
            long waiting = all.stream().filter(x -> x.getStatus() == EnrolmentStatus.WAITING).count();
            Instant now = clock.instant();
            GroupEnrolment en = new GroupEnrolment(Ids.newId(), a.getScope());
            en.setActivityId(activityId);
            en.setPersonId(personId);
            en.setCaseFileId(caseFileId);
            en.setRequestedAt(now);
            en.setAuthorId(user.id());
            boolean place = enrolled < a.getCapacity();
            en.setStatus(place ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING);
            en.setEnrolledAt(place ? now : null);
            recorder.recordInsert(tx, recorder.newTransactionId(), en);
            tx.groups().save(en);
            return new Enrolled(en.getId(), en.getStatus(), place ? 0 : (int) waiting + 1);
        });
    }

    /**
     * Withdraws an enrolled or waiting person with a reason. When an enrolled person leaves, the first on the
     * waiting list takes the place, recording when and by whom: their enrolment id is returned.
     */
    public Optional<UUID> withdraw(CurrentUser user, UUID enrolmentId, long expectedRowVersion, String reason) {
        ValidationErrors e = new ValidationErrors();
        String r = required(e, "reason", reason, NOTE_MAX);
        e.throwIfAny();
        return change(user, tx -> {
            GroupEnrolment en = existing(user, tx, GroupEnrolment.class, enrolmentId, "groupEnrolment");
            fresh(en, expectedRowVersion);
            if (en.getStatus() == EnrolmentStatus.WITHDRAWN) {
                new ValidationErrors().add("status", "groups.error.alreadyWithdrawn").throwIfAny();
            }
            boolean freesPlace = en.getStatus() == EnrolmentStatus.ENROLLED;
            UUID txId = recorder.newTransactionId();
            Map<String, Object> before = en.syncFields();
            en.setStatus(EnrolmentStatus.WITHDRAWN);
            en.setWithdrawnAt(clock.instant());
            en.setWithdrawnReason(r);
            recorder.recordPatch(tx, txId, en, before);
            if (!freesPlace) {
                return Optional.<UUID>empty();
            }
            GroupActivity a = existing(user, tx, GroupActivity.class, en.getActivityId(), "groupActivity");
            List<GroupEnrolment> all = tx.groups().enrolments(a.getId());
            long enrolled = all.stream().filter(x -> x.getStatus() == EnrolmentStatus.ENROLLED).count();
            List<UUID> promoted = promote(user, tx, txId, all, (int) (a.getCapacity() - enrolled));
            return promoted.stream().findFirst();
        });
    }

    /** Moves up to {@code places} people from the waiting list (in order of request) to enrolled. */
    private List<UUID> promote(CurrentUser user, StoreTx tx, UUID txId, List<GroupEnrolment> all, int places) {
        Instant now = clock.instant();
        List<UUID> promoted = new ArrayList<>();
        for (GroupEnrolment w : all) {
            if (promoted.size() >= places) {
                break;
            }
            if (w.getStatus() == EnrolmentStatus.WAITING) {
                Map<String, Object> before = w.syncFields();
                w.setStatus(EnrolmentStatus.ENROLLED);
                w.setEnrolledAt(now);
                w.setPromotedAt(now);
                w.setPromotedBy(user.id());
                recorder.recordPatch(tx, txId, w, before);
                promoted.add(w.getId());
            }
        }
        return promoted;
    }

    /**
     * Saves a session's attendance as a whole, in one transaction with its outbox entries: each participant's
     * mark and note. A mark's id is derived from the session and the person, so the same session's attendance
     * taken on two workstations offline merges per person. Only people enrolled in the activity (or who were) can
     * be marked; nothing is saved when one is not. A mark not changed writes nothing.
     */
    public void saveAttendance(CurrentUser user, UUID sessionId, List<Mark> marks) {
        ValidationErrors e = new ValidationErrors();
        Map<UUID, String> notes = new HashMap<>();
        for (Mark m : marks) {
            if (m.mark() == null) {
                e.add("mark", "validation.required");
            }
            notes.put(m.personId(), text(e, "note", m.note(), NOTE_MAX));
        }
        e.throwIfAny();
        change(user, tx -> {
            GroupSession s = existing(user, tx, GroupSession.class, sessionId, "groupSession");
            if (s.isCancelled()) {
                new ValidationErrors().add("session", "groups.error.sessionCancelled").throwIfAny();
            }
            Map<UUID, GroupEnrolment> people = tx.groups().enrolments(s.getActivityId()).stream()
                    .filter(x -> x.getStatus() != EnrolmentStatus.WAITING)
                    .collect(Collectors.toMap(GroupEnrolment::getPersonId, Function.identity(), (x, y) -> y));
            for (Mark m : marks) {
                if (!people.containsKey(m.personId())) {
                    new ValidationErrors().add("personId", "groups.error.notParticipant",
                            tx.groups().personName(m.personId())).throwIfAny();
                }
            }
            UUID txId = recorder.newTransactionId();
            for (Mark m : marks) {
                UUID id = Ids.derived(GroupAttendance.TYPE, sessionId, m.personId());
                Optional<GroupAttendance> known = tx.groups().attendanceRecord(id);
                if (known.isPresent()) {
                    GroupAttendance at = known.get();
                    Map<String, Object> before = at.syncFields();
                    at.setMark(m.mark());
                    at.setNote(notes.get(m.personId()));
                    recorder.recordPatch(tx, txId, at, before);
                } else {
                    GroupAttendance at = new GroupAttendance(id, s.getScope());
                    at.setSessionId(sessionId);
                    at.setPersonId(m.personId());
                    at.setCaseFileId(people.get(m.personId()).getCaseFileId());
                    at.setMark(m.mark());
                    at.setNote(notes.get(m.personId()));
                    recorder.recordInsert(tx, txId, at);
                    tx.groups().save(at);
                }
            }
            return null;
        });
    }

    // ------------------------------------------------------------------------------------------------- queries

    /** The activities the user may see, the latest starting first. */
    public List<ActivitySummary> activities(CurrentUser user) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> tx.groups().activities(user.visibleScopes()));
    }

    /** An activity's people: enrolled, waiting (in order) and withdrawn. */
    public List<Participant> participants(CurrentUser user, UUID activityId) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            seen(user, tx, activityId);
            return tx.groups().participants(activityId);
        });
    }

    /** An activity's sessions, by date. */
    public List<SessionItem> sessions(CurrentUser user, UUID activityId) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            seen(user, tx, activityId);
            return tx.groups().sessions(activityId).stream().map(s -> new SessionItem(s.getId(), s.getRowVersion(),
                    s.getStartsAt(), s.getEndsAt(), s.getPlace(), s.isCancelled())).toList();
        });
    }

    /**
     * A session's attendance screen: the people enrolled (and those withdrawn who had a mark), by name, with their
     * mark and note when taken.
     */
    public List<AttendanceLine> attendance(CurrentUser user, UUID sessionId) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            GroupSession s = tx.groups().find(GroupSession.class, sessionId)
                    .filter(x -> user.visibleScopes().contains(x.getScope()))
                    .orElseThrow(() -> new NotFoundException("groupSession"));
            Map<UUID, GroupAttendance> marks = tx.groups().attendance(sessionId).stream()
                    .collect(Collectors.toMap(GroupAttendance::getPersonId, Function.identity()));
            return tx.groups().participants(s.getActivityId()).stream()
                    .filter(p -> p.status() == EnrolmentStatus.ENROLLED || marks.containsKey(p.personId()))
                    .sorted(Comparator.comparing(Participant::personName,
                            String.CASE_INSENSITIVE_ORDER))
                    .map(p -> {
                        GroupAttendance m = marks.get(p.personId());
                        return new AttendanceLine(p.personId(), p.personName(), p.caseNumber(),
                                m == null ? null : m.getMark(), m == null ? null : m.getNote());
                    }).toList();
        });
    }

    /** An activity's figures: enrolled, waiting, drop-outs and the attendance rate of its sessions not cancelled. */
    public Figures figures(CurrentUser user, UUID activityId) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            seen(user, tx, activityId);
            ActivitySummary row = tx.groups().activities(user.visibleScopes()).stream()
                    .filter(r -> r.id().equals(activityId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("groupActivity"));
            GroupRepository.MarkCounts m = tx.groups().marks(activityId);
            int marks = m.present() + m.absent() + m.excused();
            return new Figures(row.enrolled(), row.waiting(), row.withdrawn(), row.sessions(), marks,
                    marks == 0 ? 0 : (double) m.present() / marks);
        });
    }

    /**
     * What a session's attendance sheet prints ({@code session} of the {@code attendance-sheet} template): the
     * activity's title, the session's date, times and place, the facilitators, and the people enrolled by name with
     * their identity document, a line each to sign.
     */
    public Map<String, Object> sheet(CurrentUser user, UUID sessionId, Language language) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            GroupSession s = tx.groups().find(GroupSession.class, sessionId)
                    .filter(x -> user.visibleScopes().contains(x.getScope()))
                    .orElseThrow(() -> new NotFoundException("groupSession"));
            GroupActivity a = tx.groups().find(GroupActivity.class, s.getActivityId())
                    .orElseThrow(() -> new NotFoundException("groupActivity"));
            List<Map<String, Object>> people = new ArrayList<>();
            tx.groups().participants(a.getId()).stream().filter(p -> p.status() == EnrolmentStatus.ENROLLED)
                    .sorted(Comparator.comparing(Participant::personName, String.CASE_INSENSITIVE_ORDER))
                    .forEach(p -> {
                        Person person = tx.cases().find(Person.class, p.personId()).orElse(null);
                        people.add(Map.of("fullName", p.personName(), "idDocument", person == null ? ""
                                : DocumentService.idDocument(person.getIdDocType(), person.getIdDocNumber(), language)));
                    });
            String place = s.getPlace() != null ? s.getPlace() : a.getPlace();
            return Map.of("title", a.getTitle(), "date", DAY.format(s.getStartsAt().atZone(ZONE)),
                    "time", HHMM.format(s.getStartsAt().atZone(ZONE)) + "–" + HHMM.format(s.getEndsAt().atZone(ZONE)),
                    "place", place == null ? "—" : place,
                    "facilitator", a.getFacilitators() == null ? user.displayName() : a.getFacilitators(),
                    "participants", people);
        });
    }

    /**
     * What a participation certificate prints ({@code certificate} of the {@code participation-certificate}
     * template) for {@code personId} in an activity: the person's name and identity document, the activity, its dates,
     * and the sessions held so far (not cancelled) with how many the person attended and for how many hours. Someone
     * who attended none gets no certificate ({@code groups.error.noAttendance}).
     */
    public Map<String, Object> certificate(CurrentUser user, UUID activityId, UUID personId, Language language) {
        access.require(user, Permission.VIEW_CASE_FILES);
        return store.read(tx -> {
            seen(user, tx, activityId);
            GroupActivity a = tx.groups().find(GroupActivity.class, activityId)
                    .orElseThrow(() -> new NotFoundException("groupActivity"));
            Participant p = tx.groups().participants(activityId).stream().filter(x -> x.personId().equals(personId))
                    .findFirst().orElseThrow(() -> new NotFoundException("groupEnrolment"));
            Instant now = clock.instant();
            int held = 0;
            int attended = 0;
            long minutes = 0;
            for (GroupSession s : tx.groups().sessions(activityId)) {
                if (s.isCancelled() || s.getStartsAt().isAfter(now)) {
                    continue;
                }
                held++;
                boolean present = tx.groups().attendance(s.getId()).stream().anyMatch(m ->
                        m.getPersonId().equals(personId) && m.getMark() == AttendanceMark.PRESENT);
                if (present) {
                    attended++;
                    minutes += java.time.Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes();
                }
            }
            if (attended == 0) {
                new ValidationErrors().add("personId", "groups.error.noAttendance", p.personName()).throwIfAny();
            }
            Person person = tx.cases().find(Person.class, personId).orElse(null);
            java.text.NumberFormat hours = java.text.NumberFormat.getNumberInstance(language.locale());
            hours.setMaximumFractionDigits(1);
            return Map.of("fullName", p.personName(), "idDocument", person == null ? ""
                            : DocumentService.idDocument(person.getIdDocType(), person.getIdDocNumber(), language),
                    "title", a.getTitle(), "programme", a.getProgramme() == null ? "" : a.getProgramme(),
                    "from", DAY.format(a.getStartsOn()), "to", DAY.format(a.getEndsOn()),
                    "sessions", String.valueOf(held), "attended", String.valueOf(attended),
                    "hours", hours.format(minutes / 60.0),
                    "facilitator", a.getFacilitators() == null ? user.displayName() : a.getFacilitators());
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // ------------------------------------------------------------------------------------------------- rules

    private <T> T change(CurrentUser user, Function<StoreTx, T> work) {
        access.require(user, Permission.EDIT_CASE_FILES);
        return store.write(work);
    }

    private GroupSession insertSession(StoreTx tx, UUID txId, GroupActivity a, LocalDate day, LocalTime start,
            LocalTime end, String place) {
        GroupSession s = new GroupSession(Ids.newId(), a.getScope());
        s.setActivityId(a.getId());
        s.setStartsAt(day.atTime(start).atZone(ZONE).toInstant());
        s.setEndsAt(day.atTime(end).atZone(ZONE).toInstant());
        s.setPlace(place);
        recorder.recordInsert(tx, txId, s);
        tx.groups().save(s);
        return s;
    }

    private static void checkTimes(ValidationErrors e, LocalTime start, LocalTime end) {
        if (start == null) {
            e.add("startTime", "validation.required");
        }
        if (end == null) {
            e.add("endTime", "validation.required");
        } else if (start != null && !end.isAfter(start)) {
            e.add("endTime", "groups.error.endTimeBeforeStart");
        }
    }

    private static <T extends SyncedEntity> T existing(CurrentUser user, StoreTx tx, Class<T> type, UUID id,
            String what) {
        T found = tx.groups().find(type, id).filter(x -> user.visibleScopes().contains(x.getScope()))
                .orElseThrow(() -> new NotFoundException(what));
        if (!user.mayWrite(found.getScope())) {
            throw new AccessDeniedException(Permission.EDIT_CASE_FILES);
        }
        return found;
    }

    private static void seen(CurrentUser user, StoreTx tx, UUID activityId) {
        tx.groups().find(GroupActivity.class, activityId).filter(x -> user.visibleScopes().contains(x.getScope()))
                .orElseThrow(() -> new NotFoundException("groupActivity"));
    }

    /** Sets {@code value} (the checked form of {@code after}) only when the form changed the field. */
    private static void ifChanged(String before, String after, String value, java.util.function.Consumer<String> set) {
        if (!java.util.Objects.equals(before, after)) {
            set.accept(value);
        }
    }

    private static void fresh(SyncedEntity e, long expectedRowVersion) {
        if (e.getRowVersion() != expectedRowVersion) {
            throw new StaleRecordException("changed since it was loaded", null);
        }
    }

    private static <T extends SyncedEntity> T visible(CurrentUser user, StoreTx tx, Class<T> type, UUID id) {
        return tx.cases().find(type, id).filter(x -> user.visibleScopes().contains(x.getScope())).orElse(null);
    }

    private static String required(ValidationErrors e, String field, String raw, int max) {
        String t = text(e, field, raw, max);
        if (t == null) {
            e.add(field, "validation.required");
        }
        return t;
    }

    /** A text cleaned (blank: null) and checked for its length and characters. */
    private static String text(ValidationErrors e, String field, String raw, int max) {
        return Texts.checked(e, field, raw, max);
    }

    /** The weekdays of a stored schedule ({@code MONDAY,WEDNESDAY}). */
    public static Set<DayOfWeek> weekdays(String stored) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf)
                .forEach(days::add);
        return days;
    }
}
