package cat.teixit.logic.reports;

import cat.teixit.logic.casefile.CaseFixture;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.auth.CurrentUser;
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
    public final UUID caseA;
    final UUID caseB;
    public final String numberA;

    public ReportDataset(Path dir) throws Exception {
        f = new CaseFixture(dir, clock);
        reports = new ReportService(f.store, f.deps.access(), f.deps.catalogues(), clock);
        CurrentUser laia = f.laia;

        at(2024, 12, 31, 23, 0);
        PersonService.Created anna = f.people.createWithNewHousehold(laia, person("Anna", "12345678Z", 1980, Sex.F), null);
        caseA = anna.caseFileId();
        intervention(laia, caseA, InterventionKind.OFFICE_INTERVIEW, 2024, 12, 31, 23, 30, false);

        at(2025, 1, 15, 10, 0);
        intervention(laia, caseA, InterventionKind.OFFICE_INTERVIEW, 2025, 1, 15, 10, 0, false);
        f.resources.addDemand(laia, caseA, anna.personId(), "3", "Needs a room");
        f.resources.propose(laia, caseA, anna.personId(), null, null, "1.1.4", 5000L, null);
        f.plans.create(laia, caseA, "Plan", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 30));

        at(2025, 2, 1, 9, 0);
        PersonService.Created bernat = f.people.createWithNewHousehold(laia, person("Bernat", "87654321X", 2010, Sex.M), null);
        caseB = bernat.caseFileId();
        f.households.addExistingPerson(laia, bernat.householdId(), anna.personId(), "1", LocalDate.of(2025, 2, 1));

        at(2025, 2, 10, 11, 0);
        intervention(laia, caseB, InterventionKind.HOME_VISIT, 2025, 2, 10, 11, 0, true);
        UUID demand = f.resources.addDemand(laia, caseB, bernat.personId(), "2", "Help at home");
        UUID assessment = f.resources.addAssessment(laia, caseB, null, demand, List.of("P02", "P03"), null, null);
        UUID resource = f.resources.propose(laia, caseB, null, null, assessment, "1.1.2.1", 12000L, null);
        f.resources.changeStatus(laia, resource, rowVersion(resource), ResourceStatus.REQUESTED, null);
        f.resources.changeStatus(laia, resource, rowVersion(resource), ResourceStatus.GRANTED, null);

        at(2025, 3, 1, 12, 0);
        f.caseFiles.close(laia, caseB, f.caseFiles.load(laia, caseB).rowVersion(), "1", LocalDate.of(2025, 3, 1));

        at(2025, 5, 5, 9, 0);
        PersonService.Created dolors = f.people.createWithNewHousehold(f.pau, person("Dolors", "11111111H", 1950, Sex.F), null);
        intervention(f.pau, dolors.caseFileId(), InterventionKind.OFFICE_INTERVIEW, 2025, 5, 5, 9, 0, false);

        at(2025, 6, 1, 9, 0);
        f.caseFiles.reopen(laia, caseB, f.caseFiles.load(laia, caseB).rowVersion());

        at(2025, 12, 31, 23, 59);
        intervention(f.jordi, caseA, InterventionKind.PHONE_CALL, 2025, 12, 31, 23, 59, false);

        at(2026, 1, 1, 0, 0);
        intervention(laia, caseA, InterventionKind.OTHER, 2026, 1, 1, 0, 0, false);
        at(2026, 1, 1, 0, 5);
        f.people.createWithNewHousehold(laia, person("Carla", "22222222J", 1995, Sex.X), null);

        at(2026, 12, 5, 10, 0);
        numberA = f.caseFiles.load(laia, caseA).number();
    }

    private void at(int y, int m, int d, int h, int min) {
        clock.set(LocalDateTime.of(y, m, d, h, min));
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

    private static PersonForm person(String name, String dni, int born, Sex sex) {
        return PersonForm.basic(name, "Test", null, IdDocumentType.DNI, dni, LocalDate.of(born, 6, 1), sex);
    }

    @Override
    public void close() {
        f.close();
    }
}
