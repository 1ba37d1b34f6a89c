package cat.teixit.logic.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.CaseFixture;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.change.ChangeRecorder;
import cat.teixit.logic.change.DeviceIdentity;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.model.groups.Participant;
import cat.teixit.testing.ManualClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group activities on a real store: sessions from a weekly schedule without holidays and exceptions, the waiting
 * list and its promotion, bad input refused with nothing saved, attendance saved as a whole and in the social
 * history, the figures.
 */
class GroupActivityServiceTest {

    @TempDir
    Path dir;

    private CaseFixture f;
    private ManualClock clock;
    private GroupActivityService groups;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
        clock = new ManualClock(Instant.parse("2026-03-02T08:00:00Z"));
        groups = new GroupActivityService(f.store, new ChangeRecorder(DeviceIdentity.clockFor(f.store,
                Clock.systemUTC()), Clock.systemUTC()), new AccessPolicy(), clock, Holidays.catalonia());
    }

    @AfterEach
    void close() {
        f.close();
    }

    static ActivityForm parenting(int capacity, LocalDate from, LocalDate to, Set<LocalDate> exceptions) {
        return new ActivityForm("Famílies", "Grup de criança", "Espai per a mares i pares", "Famílies amb infants",
                capacity, "Sala gran", "Laia Puig, Jordi Roca", from, to, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalTime.of(10, 0), LocalTime.of(12, 0), exceptions);
    }

    private PersonService.Created person(String given, String surname) {
        return f.people.createWithNewHousehold(f.laia, PersonForm.basic(given, surname, null, IdDocumentType.NONE,
                null, LocalDate.of(1985, 2, 3), Sex.F), null);
    }

    private static String errorKey(Throwable e, String field) {
        return ((ValidationException) e).errors().get(field).key();
    }

    private Participant participant(UUID activity, UUID person) {
        return groups.participants(f.laia, activity).stream().filter(p -> p.personId().equals(person)).findFirst()
                .orElseThrow();
    }

    @Test
    void sessionsFollowTheWeeklyScheduleSkippingHolidaysAndExceptions() {
        // Mondays and Thursdays from 30 March to 27 April 2026: Easter Monday (6 April) is a holiday in
        // Catalonia; 23 April is an exception given by the team.
        LocalDate from = LocalDate.of(2026, 3, 30);
        UUID id = groups.create(f.laia, parenting(12, from, LocalDate.of(2026, 4, 27), Set.of(LocalDate.of(2026, 4,
                23))));

        List<LocalDate> days = groups.sessions(f.laia, id).stream()
                .map(s -> s.startsAt().atZone(GroupActivityService.ZONE).toLocalDate()).toList();
        assertThat(days).containsExactly(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 16),
                LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 27));
        GroupActivityService.SessionItem first = groups.sessions(f.laia, id).getFirst();
        assertThat(first.startsAt().atZone(GroupActivityService.ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(first.endsAt().atZone(GroupActivityService.ZONE).toLocalTime()).isEqualTo(LocalTime.of(12, 0));
        // The activity and its seven sessions, each with its outbox entry.
        assertThat(f.outboxCount()).isGreaterThanOrEqualTo(8);
        assertThat(Holidays.catalonia().name(LocalDate.of(2026, 4, 6))).isEqualTo("Dilluns de Pasqua Florida");
    }

    @Test
    void badInputIsRefusedWithTranslatedKeysAndNothingHalfSaved() {
        long outbox = f.outboxCount();
        LocalDate from = LocalDate.of(2026, 4, 1);
        assertThatThrownBy(() -> groups.create(f.laia, parenting(10, from, from.minusDays(1), Set.of())))
                .satisfies(e -> assertThat(errorKey(e, "endsOn")).isEqualTo("groups.error.endBeforeStart"));
        ActivityForm backwards = new ActivityForm("P", "T", null, null, 10, null, null, from, from.plusWeeks(2),
                Set.of(DayOfWeek.MONDAY), LocalTime.of(12, 0), LocalTime.of(10, 0), Set.of());
        assertThatThrownBy(() -> groups.create(f.laia, backwards))
                .satisfies(e -> assertThat(errorKey(e, "endTime")).isEqualTo("groups.error.endTimeBeforeStart"));
        assertThat(f.count("group_activity")).isZero();
        assertThat(f.count("group_session")).isZero();
        assertThat(f.outboxCount()).isEqualTo(outbox);

        UUID id = groups.create(f.laia, parenting(2, from, from.plusWeeks(2), Set.of()));
        long sessions = f.count("group_session");
        assertThatThrownBy(() -> groups.addSession(f.laia, id, from.plusWeeks(3), LocalTime.of(10, 0),
                LocalTime.of(11, 0), null))
                .satisfies(e -> assertThat(errorKey(e, "day")).isEqualTo("groups.error.outsideDates"));
        assertThat(f.count("group_session")).isEqualTo(sessions);

        PersonService.Created nuria = person("Núria", "Pagès");
        PersonService.Created pere = person("Pere", "Soler");
        groups.enrol(f.laia, id, nuria.personId(), nuria.caseFileId());
        assertThatThrownBy(() -> groups.enrol(f.laia, id, nuria.personId(), null))
                .satisfies(e -> assertThat(errorKey(e, "personId")).isEqualTo("groups.error.alreadyEnrolled"));
        groups.enrol(f.laia, id, pere.personId(), null);
        long rowVersion = groups.activities(f.laia).getFirst().rowVersion();
        long before = f.outboxCount();
        assertThatThrownBy(() -> groups.changeCapacity(f.laia, id, rowVersion, 1))
                .satisfies(e -> assertThat(errorKey(e, "capacity")).isEqualTo("groups.error.capacityBelowEnrolled"));
        assertThat(groups.activities(f.laia).getFirst().capacity()).isEqualTo(2);
        assertThat(f.count("group_enrolment")).isEqualTo(2);
        assertThat(f.outboxCount()).isEqualTo(before);
    }

    @Test
    void overCapacityGoesToTheWaitingListAndAWithdrawalPromotesTheFirstWaitingRecordingWhenAndByWhom() {
        UUID id = groups.create(f.laia, parenting(2, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), Set.of()));
        PersonService.Created a = person("Anna", "Vila");
        PersonService.Created b = person("Berta", "Mas");
        PersonService.Created c = person("Carme", "Puig");
        PersonService.Created d = person("Dolors", "Riba");
        assertThat(groups.enrol(f.laia, id, a.personId(), a.caseFileId()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        clock.set(clock.instant().plusSeconds(60));
        assertThat(groups.enrol(f.laia, id, b.personId(), null).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        clock.set(clock.instant().plusSeconds(60));
        GroupActivityService.Enrolled third = groups.enrol(f.jordi, id, c.personId(), c.caseFileId());
        assertThat(third.status()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(third.waitingPosition()).isEqualTo(1);
        clock.set(clock.instant().plusSeconds(60));
        assertThat(groups.enrol(f.laia, id, d.personId(), null).waitingPosition()).isEqualTo(2);

        Participant anna = participant(id, a.personId());
        assertThatThrownBy(() -> groups.withdraw(f.laia, anna.enrolmentId(), anna.rowVersion(), " "))
                .satisfies(e -> assertThat(errorKey(e, "reason")).isEqualTo("validation.required"));
        clock.set(clock.instant().plusSeconds(3600));
        Instant when = clock.instant();
        assertThat(groups.withdraw(f.jordi, anna.enrolmentId(), anna.rowVersion(), "Ha trobat feina"))
                .contains(third.enrolmentId());

        Participant carme = participant(id, c.personId());
        assertThat(carme.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(carme.promotedAt()).isEqualTo(when);
        assertThat(carme.promotedByName()).isEqualTo(f.jordi.displayName());
        Participant gone = participant(id, a.personId());
        assertThat(gone.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(gone.withdrawnReason()).isEqualTo("Ha trobat feina");
        assertThat(participant(id, d.personId()).status()).isEqualTo(EnrolmentStatus.WAITING);

        GroupActivityService.Figures figures = groups.figures(f.laia, id);
        assertThat(figures.enrolled()).isEqualTo(2);
        assertThat(figures.waiting()).isEqualTo(1);
        assertThat(figures.dropOuts()).isEqualTo(1);
        // A withdrawn person may enrol again; a larger capacity takes Dolors off the waiting list.
        groups.changeCapacity(f.laia, id, groups.activities(f.laia).getFirst().rowVersion(), 3);
        assertThat(participant(id, d.personId()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    void anEditWritesOnlyTheChangedFieldsMayRaiseTheCapacityAndIsRefusedWhenStale() throws Exception {
        ActivityForm original = parenting(1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), Set.of());
        UUID id = groups.create(f.laia, original);
        PersonService.Created a = person("Anna", "Vila");
        PersonService.Created b = person("Berta", "Mas");
        groups.enrol(f.laia, id, a.personId(), a.caseFileId());
        groups.enrol(f.laia, id, b.personId(), b.caseFileId());
        long rowVersion = groups.activities(f.laia).getFirst().rowVersion();
        long outbox = f.outboxCount();

        ActivityForm changed = new ActivityForm(original.programme(), "Grup de criança (tardes)",
                original.description(), original.targetGroup(), 2, original.place(), "Laia Puig",
                original.startsOn(), original.endsOn(), original.weekdays(), original.startTime(), original.endTime(),
                Set.of());
        groups.edit(f.laia, id, rowVersion, original, changed);

        var row = groups.activities(f.laia).getFirst();
        assertThat(row.title()).isEqualTo("Grup de criança (tardes)");
        assertThat(row.facilitators()).isEqualTo("Laia Puig");
        assertThat(row.capacity()).isEqualTo(2);
        assertThat(row.place()).isEqualTo("Sala gran");
        assertThat(row.description()).isEqualTo("Espai per a mares i pares");
        // Berta was waiting: the new place is hers.
        assertThat(participant(id, b.personId()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
        // The patches name only the fields changed: title, facilitators, capacity (and Berta's enrolment).
        String patches = f.store.read(tx -> tx.outbox().oldest(10_000)).stream().skip(outbox)
                .filter(e -> e.getEntityId().equals(id)).map(e -> e.getPayload()).reduce("", String::concat);
        assertThat(patches).contains("\"title\"", "\"facilitators\"", "\"capacity\"")
                .doesNotContain("\"place\"", "\"description\"", "\"programme\"");

        // A form loaded before that change is refused whole: nothing written.
        long now = f.outboxCount();
        assertThatThrownBy(() -> groups.edit(f.laia, id, rowVersion, original, new ActivityForm(original.programme(),
                original.title(), original.description(), original.targetGroup(), 1, "Sala petita",
                original.facilitators(), original.startsOn(), original.endsOn(), original.weekdays(),
                original.startTime(), original.endTime(), Set.of())))
                .isInstanceOf(cat.teixit.model.common.StaleRecordException.class);
        assertThat(f.outboxCount()).isEqualTo(now);
        assertThat(groups.activities(f.laia).getFirst().place()).isEqualTo("Sala gran");

        // A blank title is refused.
        long fresh = groups.activities(f.laia).getFirst().rowVersion();
        assertThatThrownBy(() -> groups.edit(f.laia, id, fresh, changed, new ActivityForm(original.programme(), " ",
                original.description(), original.targetGroup(), 2, original.place(), "Laia Puig", original.startsOn(),
                original.endsOn(), original.weekdays(), original.startTime(), original.endTime(), Set.of())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void attendanceIsSavedAsAWholeAppearsInTheSocialHistoryAndCountsInTheFigures() {
        UUID id = groups.create(f.laia, parenting(10, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), Set.of()));
        PersonService.Created a = person("Anna", "Vila");
        PersonService.Created b = person("Berta", "Mas");
        PersonService.Created outsider = person("Olga", "Nin");
        groups.enrol(f.laia, id, a.personId(), a.caseFileId());
        groups.enrol(f.laia, id, b.personId(), null);
        List<GroupActivityService.SessionItem> sessions = groups.sessions(f.laia, id);
        UUID first = sessions.getFirst().id();

        long outbox = f.outboxCount();
        assertThatThrownBy(() -> groups.saveAttendance(f.laia, first, List.of(
                new GroupActivityService.Mark(a.personId(), AttendanceMark.PRESENT, null),
                new GroupActivityService.Mark(outsider.personId(), AttendanceMark.PRESENT, null))))
                .satisfies(e -> assertThat(errorKey(e, "personId")).isEqualTo("groups.error.notParticipant"));
        assertThat(f.count("group_attendance")).isZero();
        assertThat(f.outboxCount()).isEqualTo(outbox);

        groups.saveAttendance(f.laia, first, List.of(
                new GroupActivityService.Mark(a.personId(), AttendanceMark.PRESENT, "Ha portat la filla"),
                new GroupActivityService.Mark(b.personId(), AttendanceMark.EXCUSED, null)));
        assertThat(f.outboxCount()).isEqualTo(outbox + 2);
        assertThat(groups.attendance(f.laia, first)).extracting(GroupActivityService.AttendanceLine::personName,
                GroupActivityService.AttendanceLine::mark).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anna Vila", AttendanceMark.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Berta Mas", AttendanceMark.EXCUSED));
        // Saving again changes only what changed: one mark, one outbox entry.
        groups.saveAttendance(f.laia, first, List.of(
                new GroupActivityService.Mark(a.personId(), AttendanceMark.PRESENT, "Ha portat la filla"),
                new GroupActivityService.Mark(b.personId(), AttendanceMark.ABSENT, null)));
        assertThat(f.outboxCount()).isEqualTo(outbox + 3);
        assertThat(f.count("group_attendance")).isEqualTo(2);

        List<TimelineEntry> history = f.timeline.entries(f.laia, a.caseFileId(),
                new TimelineService.Filter(Set.of(TimelineEntry.Kind.ATTENDANCE), null, null, null));
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.subtype()).isEqualTo("PRESENT");
            assertThat(h.summary()).isEqualTo("Grup de criança · Ha portat la filla");
            assertThat(h.at()).isEqualTo(sessions.getFirst().startsAt());
        });

        GroupActivityService.Figures figures = groups.figures(f.laia, id);
        assertThat(figures.marks()).isEqualTo(2);
        assertThat(figures.attendanceRate()).isEqualTo(0.5);

        // A cancelled session takes no attendance and its marks no longer count.
        groups.setCancelled(f.laia, first, sessions.getFirst().rowVersion(), true);
        assertThatThrownBy(() -> groups.saveAttendance(f.laia, first, List.of(
                new GroupActivityService.Mark(a.personId(), AttendanceMark.ABSENT, null))))
                .satisfies(e -> assertThat(errorKey(e, "session")).isEqualTo("groups.error.sessionCancelled"));
        assertThat(groups.figures(f.laia, id).marks()).isZero();
        assertThat(groups.figures(f.laia, id).sessions()).isEqualTo(sessions.size() - 1);
    }
}
