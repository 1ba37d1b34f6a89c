package cat.teixit.logic.reports;

import cat.teixit.logic.casefile.CaseFixture;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.agenda.AppointmentForm;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.groups.ActivityForm;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.logic.groups.Holidays;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.Participant;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A small team history with known answers for 2025, made through the case-file use cases on a clock set before each
 * step (times in Catalonia's zone). GIR-N (laia, jordi; montse leads it):
 * <ul>
 * <li>Anna (F, born 1980) opens case file A on 2024-12-31 with an interview at 23:30 (just before 2025); an
 * interview on 2025-01-15; a demand of area 3 that nothing answers; resource 1.1.4 proposed (50 €), never granted; a
 * plan whose review (2025-06-30) is overdue; jordi's phone call on 2025-12-31 at 23:59 (just inside) and laia's other
 * intervention on 2026-01-01 at 00:00 (just outside).</li>
 * <li>Bernat (M, born 2010) opens case file B on 2025-02-01; Anna joins his household the same day (she is in two
 * households in 2025); a confidential home visit on 2025-02-10, a demand of area 2, its assessment (P02, P03) and
 * resource 1.1.2.1 granted (120 €); B is closed on 2025-03-01 and reopened on 2025-06-01.</li>
 * <li>Carla opens case file C on 2026-01-01 (outside).</li>
 * </ul>
 * SALT (pau): Dolors, opened with an intervention on 2025-05-05, which GIR-N's reports never count.
 *
 * <p>Anna is Spanish (country 52) and lives in district Centre (her household A too); Bernat is Romanian (148, another
 * EU state) in district Nord (household B); Bernat's case also has a demand of area 3 that nothing answers.
 *
 * <p>The agenda: first visits attended, as (professional, asked for, held): laia 2024-11-01 → 2024-12-30 (outside),
 * laia 2024-12-20 → 2025-01-02 (13 days), laia 2025-03-01 → 2025-03-11 (10), jordi 2025-04-01 → 2025-04-21 (20),
 * laia 2025-12-01 → 2025-12-31 23:00 (30, just inside), laia 2025-12-15 → 2026-01-02 (outside); laia's first visit of
 * 2025-05-06 missed (no-show: not a wait, still an appointment) and her follow-up of 2025-05-07 cancelled (neither).
 * For 2025: 4 waits (10, 13, 20, 30: median 16.5, 90th percentile 30); laia 4 appointments, jordi 1.
 *
 * <p>A group activity (GIR-N, Tuesdays from 2025-12-16 to 2026-01-13, 6 January a holiday): Anna and Bernat enrolled
 * on 2025-12-10; 16 Dec both present, 23 Dec Anna present and Bernat absent, Bernat withdraws on 24 Dec, 30 Dec Anna
 * excused, 13 Jan 2026 Anna present. For 2025: 2 enrolled, 1 drop-out, 3 sessions, 5 marks, 3 present (60 %).
 */
public final class ReportDataset implements AutoCloseable {

    static final ZoneId ZONE = ReportService.ZONE;

    /** A clock the dataset moves. */
    static final class SetClock extends Clock {
        private volatile Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        void set(LocalDateTime local) {
            now = local.atZone(ZONE).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final SetClock clock = new SetClock(Instant.parse("2024-12-01T00:00:00Z"));
    public final CaseFixture f;
    public final ReportService reports;
    /** Whether the reports are told a first sync is filling the store. */
    public final java.util.concurrent.atomic.AtomicBoolean firstSync = new java.util.concurrent.atomic.AtomicBoolean();
    public final UUID caseA;
    public final UUID caseB;
    public final String numberA;
    final AppointmentService agenda;
    final GroupActivityService groups;
    final UUID activity;

    public ReportDataset(Path dir) throws Exception {
        f = new CaseFixture(dir, clock);
        reports = new ReportService(f.store, f.deps.access(), f.deps.catalogues(), clock, firstSync::get);
        agenda = new AppointmentService(f.store, f.deps.recorder(), f.deps.access(), clock);
        groups = new GroupActivityService(f.store, f.deps.recorder(), f.deps.access(), clock, Holidays.catalonia());
        CurrentUser laia = f.laia;

        UUID v6 = firstVisit(laia, null, LocalDate.of(2024, 11, 1), LocalDateTime.of(2024, 12, 30, 10, 0));
        at(2024, 12, 30, 11, 0);
        attended(laia, v6);

        at(2024, 12, 31, 23, 0);
        PersonService.Created anna = f.people.createWithNewHousehold(laia, nationality(person("Anna", "12345678Z", 1980, Sex.F)
                .withAddress(null, null, "Centre"), "52"), null);
        caseA = anna.caseFileId();
        intervention(laia, caseA, InterventionKind.OFFICE_INTERVIEW, 2024, 12, 31, 23, 30, false);
        UUID v1 = firstVisit(laia, caseA, LocalDate.of(2024, 12, 20), LocalDateTime.of(2025, 1, 2, 10, 0));
        at(2025, 1, 2, 11, 0);
        attended(laia, v1);

        at(2025, 1, 15, 10, 0);
        intervention(laia, caseA, InterventionKind.OFFICE_INTERVIEW, 2025, 1, 15, 10, 0, false);
        f.resources.addDemand(laia, caseA, anna.personId(), "3", "Needs a room");
        f.resources.propose(laia, caseA, anna.personId(), null, null, "1.1.4", 5000L, null);
        f.plans.create(laia, caseA, "Plan", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 30));

        at(2025, 2, 1, 9, 0);
        PersonService.Created bernat = f.people.createWithNewHousehold(laia, nationality(person("Bernat", "87654321X", 2010, Sex.M)
                .withAddress(null, null, "Nord"), "148"), null);
        caseB = bernat.caseFileId();
        f.households.addExistingPerson(laia, bernat.householdId(), anna.personId(), "1", LocalDate.of(2025, 2, 1));

        at(2025, 2, 10, 11, 0);
        intervention(laia, caseB, InterventionKind.HOME_VISIT, 2025, 2, 10, 11, 0, true);
        UUID demand = f.resources.addDemand(laia, caseB, bernat.personId(), "2", "Help at home");
        f.resources.addDemand(laia, caseB, bernat.personId(), "3", "A flat");
        UUID assessment = f.resources.addAssessment(laia, caseB, null, demand, List.of("P02", "P03"), null, null);
        UUID resource = f.resources.propose(laia, caseB, null, null, assessment, "1.1.2.1", 12000L, null);
        f.resources.changeStatus(laia, resource, rowVersion(resource), ResourceStatus.REQUESTED, null);
        f.resources.changeStatus(laia, resource, rowVersion(resource), ResourceStatus.GRANTED, null,
                cat.teixit.model.casefile.Funding.GENERALITAT);

        at(2025, 3, 1, 12, 0);
        f.caseFiles.close(laia, caseB, f.caseFiles.load(laia, caseB).rowVersion(), "1", LocalDate.of(2025, 3, 1));
        UUID v2 = firstVisit(laia, caseA, LocalDate.of(2025, 3, 1), LocalDateTime.of(2025, 3, 11, 10, 0));
        at(2025, 3, 11, 11, 0);
        attended(laia, v2);
        at(2025, 4, 1, 9, 0);
        UUID v3 = firstVisit(f.jordi, caseA, LocalDate.of(2025, 4, 1), LocalDateTime.of(2025, 4, 21, 10, 0));
        at(2025, 4, 21, 11, 0);
        attended(f.jordi, v3);

        at(2025, 5, 5, 9, 0);
        PersonService.Created dolors = f.people.createWithNewHousehold(f.pau, person("Dolors", "11111111H", 1950, Sex.F), null);
        intervention(f.pau, dolors.caseFileId(), InterventionKind.OFFICE_INTERVIEW, 2025, 5, 5, 9, 0, false);
        UUID missed = firstVisit(laia, caseA, LocalDate.of(2025, 5, 1), LocalDateTime.of(2025, 5, 6, 10, 0));
        UUID followUp = book(laia, caseA, AppointmentKind.FOLLOW_UP, null, LocalDateTime.of(2025, 5, 7, 10, 0));
        at(2025, 5, 6, 11, 0);
        agenda.markNoShow(laia, missed, item(laia, missed).rowVersion());
        agenda.cancel(laia, followUp, item(laia, followUp).rowVersion(), "Illness");

        at(2025, 6, 1, 9, 0);
        f.caseFiles.reopen(laia, caseB, f.caseFiles.load(laia, caseB).rowVersion());

        at(2025, 12, 10, 9, 0);
        activity = groups.create(laia, new ActivityForm("Famílies", "Taller", null, null, 5, null, null,
                LocalDate.of(2025, 12, 16), LocalDate.of(2026, 1, 13), java.util.Set.of(java.time.DayOfWeek.TUESDAY),
                LocalTime.of(17, 0), LocalTime.of(18, 30), null));
        groups.enrol(laia, activity, anna.personId(), caseA);
        groups.enrol(laia, activity, bernat.personId(), caseB);
        List<GroupActivityService.SessionItem> sessions = groups.sessions(laia, activity);
        at(2025, 12, 15, 9, 0);
        UUID v4 = firstVisit(laia, caseA, LocalDate.of(2025, 12, 1), LocalDateTime.of(2025, 12, 31, 23, 0));
        UUID v5 = firstVisit(laia, caseA, LocalDate.of(2025, 12, 15), LocalDateTime.of(2026, 1, 2, 10, 0));

        at(2025, 12, 16, 19, 0);
        marks(sessions.get(0), anna.personId(), AttendanceMark.PRESENT, bernat.personId(), AttendanceMark.PRESENT);
        at(2025, 12, 23, 19, 0);
        marks(sessions.get(1), anna.personId(), AttendanceMark.PRESENT, bernat.personId(), AttendanceMark.ABSENT);
        at(2025, 12, 24, 10, 0);
        Participant b = groups.participants(laia, activity).stream().filter(p -> p.personId().equals(bernat.personId()))
                .findFirst().orElseThrow();
        groups.withdraw(laia, b.enrolmentId(), b.rowVersion(), "Moved away");
        at(2025, 12, 30, 19, 0);
        marks(sessions.get(2), anna.personId(), AttendanceMark.EXCUSED, null, null);

        at(2025, 12, 31, 23, 45);
        attended(laia, v4);
        at(2025, 12, 31, 23, 59);
        intervention(f.jordi, caseA, InterventionKind.PHONE_CALL, 2025, 12, 31, 23, 59, false);

        at(2026, 1, 1, 0, 0);
        intervention(laia, caseA, InterventionKind.OTHER, 2026, 1, 1, 0, 0, false);
        at(2026, 1, 1, 0, 5);
        f.people.createWithNewHousehold(laia, person("Carla", "22222222J", 1995, Sex.X), null);
        at(2026, 1, 2, 11, 0);
        attended(laia, v5);
        at(2026, 1, 13, 19, 0);
        marks(sessions.get(3), anna.personId(), AttendanceMark.PRESENT, null, null);

        at(2026, 12, 5, 10, 0);
        numberA = f.caseFiles.load(laia, caseA).number();
    }

    private void at(int y, int m, int d, int h, int min) {
        clock.set(LocalDateTime.of(y, m, d, h, min));
    }

    private UUID firstVisit(CurrentUser user, UUID caseFile, LocalDate requested, LocalDateTime start) {
        return book(user, caseFile, AppointmentKind.FIRST_VISIT, requested, start);
    }

    private UUID book(CurrentUser user, UUID caseFile, AppointmentKind kind, LocalDate requested, LocalDateTime start) {
        Instant s = start.atZone(ZONE).toInstant();
        return agenda.book(user, new AppointmentForm(user.id(), null, null, caseFile, kind, s,
                s.plusSeconds(30 * 60), null, requested, null, false), true);
    }

    private AppointmentItem item(CurrentUser user, UUID id) {
        LocalDate first = LocalDate.of(2024, 11, 1);
        return agenda.span(user, List.of(user.id()), first, first.plusYears(3)).stream().filter(a -> a.id().equals(id))
                .findFirst().orElseThrow();
    }

    private void attended(CurrentUser user, UUID id) {
        agenda.markAttended(user, id, item(user, id).rowVersion());
    }

    private void marks(GroupActivityService.SessionItem session, UUID one, AttendanceMark first, UUID two,
            AttendanceMark second) {
        List<GroupActivityService.Mark> marks = new java.util.ArrayList<>(List.of(new GroupActivityService.Mark(one, first, null)));
        if (two != null) {
            marks.add(new GroupActivityService.Mark(two, second, null));
        }
        groups.saveAttendance(f.laia, session.id(), marks);
    }

    private long rowVersion(UUID resource) {
        return f.resources.resources(f.laia, caseB).stream().filter(r -> r.getId().equals(resource)).findFirst()
                .orElseThrow().getRowVersion();
    }

    private void intervention(CurrentUser user, UUID caseFile, InterventionKind kind, int y, int m, int d, int h, int min,
            boolean confidential) {
        f.interventions.add(user, caseFile, new InterventionForm(kind, LocalDate.of(y, m, d), LocalTime.of(h, min), 30, null,
                null, "Notes", confidential));
    }

    private static PersonForm nationality(PersonForm p, String country) {
        return new PersonForm(p.givenName(), p.surname1(), p.surname2(), p.docType(), p.docNumber(), p.birthDate(), p.sex(),
                country, p.motherTongue(), p.phone(), p.email(), p.address(), p.municipality(), p.district(), p.healthCard(),
                p.disabilityDegree(), p.dependencyGrade(), p.civilStatus(), p.educationLevel(), p.employment(),
                p.incomeNotes());
    }

    private static PersonForm person(String name, String dni, int born, Sex sex) {
        return PersonForm.basic(name, "Test", null, IdDocumentType.DNI, dni, LocalDate.of(born, 6, 1), sex);
    }

    @Override
    public void close() {
        f.close();
    }
}
