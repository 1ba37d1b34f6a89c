package cat.teixit.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.InterventionKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every indicator of {@link ReportDataset} for 2025 against its known answers. */
class ReportServiceTest {

    @TempDir
    static Path dir;

    static ReportDataset data;
    static Indicators year;

    @BeforeAll
    static void build() throws Exception {
        data = new ReportDataset(dir);
        year = data.reports.compute(data.f.montse, new ReportService.Scope(Period.year(2025), null, null), Language.CATALAN);
    }

    @AfterAll
    static void close() {
        data.close();
    }

    private static Map<String, Long> counts(List<Indicators.Count> counts) {
        return counts.stream().collect(Collectors.toMap(Indicators.Count::key, Indicators.Count::count));
    }

    @Test
    void headlineFiguresCountEachPersonOnceAndTheReopenedCaseInBothWays() {
        Indicators.Summary s = year.current();
        // Anna is in two households in 2025: two households, two people (Anna, Bernat); SALT's Dolors is not counted.
        assertThat(s.households()).isEqualTo(2);
        assertThat(s.people()).isEqualTo(2);
        // A was opened on 2024-12-31 (outside), C on 2026-01-01 (outside): only B is new.
        assertThat(s.opened()).isEqualTo(1);
        assertThat(s.closed()).isEqualTo(1);
        assertThat(s.reopened()).isEqualTo(1);
        // 2025-01-15, the confidential 2025-02-10 and 2025-12-31 23:59; not 2024-12-31 23:30 nor 2026-01-01 00:00.
        assertThat(s.interventions()).isEqualTo(3);
    }

    @Test
    void thePreviousPeriodIsTheYearBefore() {
        Indicators.Summary p = year.previous();
        assertThat(p.period()).isEqualTo(Period.year(2024));
        assertThat(List.of(p.people(), p.households(), p.opened(), p.closed(), p.reopened(), p.interventions()))
                .containsExactly(1L, 1L, 1L, 0L, 0L, 1L);
    }

    @Test
    void interventionsByKindCountTheConfidentialOneWhichIsNeverListed() {
        assertThat(counts(year.interventionsByKind())).containsEntry("OFFICE_INTERVIEW", 1L).containsEntry("HOME_VISIT", 1L)
                .containsEntry("PHONE_CALL", 1L).containsEntry("OTHER", 0L);
        assertThat(year.confidentialInterventions()).isEqualTo(1);
        ReportService.Scope scope = new ReportService.Scope(Period.year(2025), "GIR-N", null);
        assertThat(data.reports.caseFiles(data.f.montse, scope, new Figure.Interventions(InterventionKind.HOME_VISIT)))
                .isEmpty();
        assertThat(data.reports.caseFiles(data.f.montse, scope, new Figure.Interventions(InterventionKind.OFFICE_INTERVIEW)))
                .extracting(ReportService.CaseFileItem::caseNumber).containsExactly(data.numberA);
        assertThat(year.interventionsByKind()).extracting(Indicators.Count::label).contains("Visita a domicili");
    }

    /** The case files behind {@code figure} in 2025 (every team Montse sees), each with its day. */
    private static List<org.assertj.core.groups.Tuple> behind(Figure figure) {
        return data.reports.caseFiles(data.f.montse, new ReportService.Scope(Period.year(2025), null, null), figure)
                .stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.caseFileId(), i.date())).toList();
    }

    private static org.assertj.core.groups.Tuple caseOn(java.util.UUID caseFile, int month, int day) {
        return org.assertj.core.groups.Tuple.tuple(caseFile, java.time.LocalDate.of(2025, month, day));
    }

    @Test
    void everyFigureLeadsToTheCaseFilesBehindItAndNeverThroughAConfidentialEntry() {
        java.util.UUID a = data.caseA;
        java.util.UUID b = data.caseB;
        // People attended: A from its first intervention of 2025; B from its confidential visit (the case file is
        // listed, the visit is not). Anna (F, 45, Centre) is in both households from February; Bernat (M, 15, Nord) in B.
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.ALL, null)))
                .containsExactly(caseOn(a, 1, 15), caseOn(b, 2, 10));
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.SEX, "F"))).containsExactly(caseOn(a, 1, 15),
                caseOn(b, 2, 10));
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.SEX, "M"))).containsExactly(caseOn(b, 2, 10));
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.SEX, "X"))).isEmpty();
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.AGE, "UNDER_18"))).containsExactly(caseOn(b, 2, 10));
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.NATIONALITY, "SPAIN"))).isNotEmpty();
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.NATIONALITY, "EU"))).isNotEmpty();
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.NATIONALITY, "NON_EU"))).isEmpty();
        assertThat(behind(new Figure.Attended(Figure.Attended.Breakdown.DISTRICT, "nord"))).containsExactly(caseOn(b, 2, 10));
        // Opened, closed, reopened: B.
        assertThat(behind(new Figure.CaseEvents("OPENED"))).containsExactly(caseOn(b, 2, 1));
        assertThat(behind(new Figure.CaseEvents("CLOSED"))).containsExactly(caseOn(b, 3, 1));
        assertThat(behind(new Figure.CaseEvents("REOPENED"))).containsExactly(caseOn(b, 6, 1));
        // Interventions of every kind: the confidential home visit is counted (3) but never listed.
        assertThat(behind(new Figure.Interventions(null))).containsExactly(caseOn(a, 1, 15), caseOn(a, 12, 31));
        assertThat(behind(new Figure.Interventions(InterventionKind.HOME_VISIT))).isEmpty();
        // Codes, with the codes below them.
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.DEMANDS, "3"))).containsExactly(caseOn(a, 1, 15),
                caseOn(b, 2, 10));
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.DEMANDS, "2"))).containsExactly(caseOn(b, 2, 10));
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.ASSESSMENTS, "P03"))).containsExactly(caseOn(b, 2, 10));
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.RESOURCES, "1.1.2.1"))).containsExactly(caseOn(b, 2, 10));
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.RESOURCES, "1"))).containsExactly(caseOn(a, 1, 15),
                caseOn(b, 2, 10));
        assertThat(behind(new Figure.Codes(Figure.Codes.Source.UNMET, "3"))).containsExactly(caseOn(a, 1, 15),
                caseOn(b, 2, 10));
        assertThat(behind(new Figure.UnmetInDistrict("Centre", "3"))).containsExactly(caseOn(a, 1, 15));
        // Caseload, first visits (Jordi's one), the group activity.
        assertThat(behind(new Figure.Caseload(data.f.laia.id()))).extracting(t -> t.toList().get(0))
                .containsExactlyInAnyOrder(a, b);
        assertThat(behind(new Figure.FirstVisits(Indicators.Waiting.Group.ALL, ""))).hasSize(4);
        assertThat(behind(new Figure.FirstVisits(Indicators.Waiting.Group.PROFESSIONAL, data.f.jordi.id().toString())))
                .containsExactly(caseOn(a, 4, 21));
        assertThat(behind(new Figure.GroupActivity(data.activity))).containsExactly(caseOn(a, 12, 10), caseOn(b, 12, 10));
    }

    @Test
    void resourcesGrantedByFundingAdministration() {
        Map<String, Indicators.FundingLine> by = year.funding().stream()
                .collect(Collectors.toMap(Indicators.FundingLine::key, l -> l));
        // Bernat's home help (1.1.2.1, 120 €) was granted and is funded by the Generalitat; Anna's 1.1.4 only proposed.
        assertThat(by.get("GENERALITAT")).extracting(Indicators.FundingLine::granted, Indicators.FundingLine::grantedCents,
                Indicators.FundingLine::label).containsExactly(1L, 12000L, "Generalitat de Catalunya");
        assertThat(by.get("MUNICIPAL").granted()).isZero();
        assertThat(by.get("").granted()).as("granted without the administration recorded").isZero();
        assertThat(year.funding().getLast().key()).isEmpty();
        assertThat(behind(new Figure.GrantedBy("GENERALITAT"))).containsExactly(caseOn(data.caseB, 2, 10));
        assertThat(behind(new Figure.GrantedBy("MUNICIPAL"))).isEmpty();
    }

    @Test
    void aYearOfSeveralTeamsIsTheAreasMemoriaWithATablePerTeam() throws Exception {
        cat.teixit.logic.auth.CurrentUser m = data.f.montse;
        String salt = data.f.pau.scope();
        cat.teixit.logic.auth.CurrentUser area = new cat.teixit.logic.auth.CurrentUser(m.id(), m.username(),
                m.displayName(), m.roles(), m.teamId(), m.teamName(), m.areaName(), m.scope(), Map.of(salt, false));
        ReportService.Scope all = new ReportService.Scope(Period.year(2025), null, null);
        Indicators memoria = data.reports.compute(area, all, Language.CATALAN);
        assertThat(memoria.teams()).extracting(Indicators.TeamLine::scope, Indicators.TeamLine::people,
                Indicators.TeamLine::households, Indicators.TeamLine::opened, Indicators.TeamLine::closed,
                Indicators.TeamLine::reopened, Indicators.TeamLine::interventions).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(m.scope(), 2L, 2L, 1L, 1L, 1L, 3L),
                org.assertj.core.groups.Tuple.tuple(salt, 1L, 1L, 1L, 0L, 0L, 1L));
        assertThat(memoria.current().people()).as("the area's total, each person once").isEqualTo(3);
        List<ReportTable> tables = ReportTables.of(memoria, new ReportTexts(Language.CATALAN));
        assertThat(tables).hasSize(ReportTables.TEAMS + 1);
        assertThat(tables.get(ReportTables.TEAMS).name()).isEqualTo("Per equip");
        assertThat(data.reports.caseFiles(area, all, new Figure.TeamAttended(salt))).singleElement()
                .satisfies(i -> assertThat(i.date()).isEqualTo(java.time.LocalDate.of(2025, 5, 5)));
        assertThatThrownBy(() -> data.reports.caseFiles(data.f.montse, all, new Figure.TeamAttended(salt)))
                .as("a team the user does not see").isInstanceOf(AccessDeniedException.class);
        // One team, or one professional: no table per team.
        assertThat(year.teams()).isEmpty();
    }

    @Test
    void eachTableRowThatCountsSomethingCarriesItsFigure() {
        List<ReportTable> tables = ReportTables.of(year, new ReportTexts(Language.CATALAN));
        assertThat(tables.getFirst().figures()).as("the report's dates lead nowhere").containsOnlyNulls();
        for (ReportTable t : tables.subList(1, tables.size())) {
            assertThat(t.figures()).as(t.name()).hasSize(t.rows().size());
        }
        List<Figure> kinds = tables.get(ReportTables.INTERVENTIONS).figures();
        assertThat(kinds.getLast()).as("the confidential row has nothing to list").isNull();
        assertThat(kinds.getFirst()).isEqualTo(new Figure.Interventions(InterventionKind.OFFICE_INTERVIEW));
    }

    @Test
    void breakdownsBySexAndAgeOnThePeriodsLastDay() {
        assertThat(counts(year.bySex())).containsEntry("F", 1L).containsEntry("M", 1L).containsEntry("X", 0L);
        assertThat(counts(year.byAge())).containsEntry("UNDER_18", 1L).containsEntry("FROM_45_TO_64", 1L)
                .containsEntry("FROM_80", 0L);
    }

    @Test
    void demandsAssessmentsAndUnmetNeedsByCode() {
        Map<String, Indicators.CodeCount> demands = byCode(year.demands(), Indicators.CodeCount::code);
        assertThat(demands).containsOnlyKeys("2", "3");
        assertThat(byCode(year.assessments(), Indicators.CodeCount::code)).containsOnlyKeys("P02", "P03");
        assertThat(year.unmetDemands()).extracting(Indicators.CodeCount::code, Indicators.CodeCount::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", 2L));
    }

    @Test
    void unmetDemandsByDistrictOfTheirHouseholdAndCode() {
        assertThat(year.unmetByDistrict()).extracting(Indicators.DistrictCode::district, Indicators.DistrictCode::code,
                Indicators.DistrictCode::count).containsExactly(org.assertj.core.groups.Tuple.tuple("Centre", "3", 1L),
                org.assertj.core.groups.Tuple.tuple("Nord", "3", 1L));
    }

    @Test
    void peopleByNationalityGroupAndDistrict() {
        assertThat(counts(year.byNationality())).containsEntry("SPAIN", 1L).containsEntry("EU", 1L)
                .containsEntry("NON_EU", 0L).containsEntry("UNKNOWN", 0L);
        assertThat(year.byDistrict()).extracting(Indicators.Count::key, Indicators.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Centre", 1L),
                        org.assertj.core.groups.Tuple.tuple("Nord", 1L), org.assertj.core.groups.Tuple.tuple("", 0L));
        assertThat(NationalityGroup.of("111")).isEqualTo(NationalityGroup.NON_EU);
        assertThat(NationalityGroup.of(" ")).isEqualTo(NationalityGroup.UNKNOWN);
    }

    @Test
    void waitingTimeToTheFirstVisitHeldInThePeriod() {
        Map<String, Indicators.Waiting> w = byCode(year.waiting(), Indicators.Waiting::label);
        // 10, 13, 20 and 30 days: the visits of 2024-12-30 and 2026-01-02, the no-show and the cancelled are not waits.
        assertThat(year.waiting().getFirst()).extracting(Indicators.Waiting::kind, Indicators.Waiting::visits,
                Indicators.Waiting::medianDays, Indicators.Waiting::p90Days)
                .containsExactly(Indicators.Waiting.Group.ALL, 4L, 16.5, 30.0);
        assertThat(w.get("Laia Puig Ferrer")).extracting(Indicators.Waiting::visits, Indicators.Waiting::medianDays,
                Indicators.Waiting::p90Days).containsExactly(3L, 13.0, 30.0);
        assertThat(w.get("Jordi Serra Vidal")).extracting(Indicators.Waiting::visits, Indicators.Waiting::medianDays)
                .containsExactly(1L, 20.0);
        Indicators january = data.reports.compute(data.f.montse, new ReportService.Scope(Period.month(2026, 1), null,
                null), Language.CATALAN);
        assertThat(january.waiting().getFirst()).extracting(Indicators.Waiting::visits, Indicators.Waiting::medianDays)
                .containsExactly(1L, 18.0);
        Indicators february = data.reports.compute(data.f.montse, new ReportService.Scope(Period.month(2025, 2), null,
                null), Language.CATALAN);
        assertThat(february.waiting()).singleElement().extracting(Indicators.Waiting::visits,
                Indicators.Waiting::medianDays).containsExactly(0L, null);
        assertThat(Waiting.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9);
    }

    @Test
    void groupActivitiesHeldInThePeriod() {
        assertThat(year.groups()).singleElement().extracting(Indicators.GroupLine::title, Indicators.GroupLine::enrolled,
                Indicators.GroupLine::dropOuts, Indicators.GroupLine::sessions, Indicators.GroupLine::marks,
                Indicators.GroupLine::present, Indicators.GroupLine::attendancePercent)
                .containsExactly("Taller", 2L, 1L, 3L, 5L, 3L, 60.0);
        Indicators january = data.reports.compute(data.f.montse, new ReportService.Scope(Period.month(2026, 1), null,
                null), Language.CATALAN);
        // Only Anna is still enrolled in 2026; 6 January is a holiday: one session, one mark.
        assertThat(january.groups()).singleElement().extracting(Indicators.GroupLine::enrolled,
                Indicators.GroupLine::dropOuts, Indicators.GroupLine::sessions, Indicators.GroupLine::attendancePercent)
                .containsExactly(1L, 0L, 1L, 100.0);
        Indicators november = data.reports.compute(data.f.montse, new ReportService.Scope(Period.month(2025, 11), null,
                null), Language.CATALAN);
        assertThat(november.groups()).isEmpty();
    }

    @Test
    void resourcesRollUpTheCataloguesHierarchyWithTheirCost() {
        Map<String, Indicators.ResourceLine> r = byCode(year.resources(), Indicators.ResourceLine::code);
        assertThat(r.get("1.1.2.1")).extracting(Indicators.ResourceLine::proposed, Indicators.ResourceLine::granted,
                Indicators.ResourceLine::grantedCents).containsExactly(1L, 1L, 12000L);
        assertThat(r.get("1.1.4").granted()).isZero();
        assertThat(r.get("1")).extracting(Indicators.ResourceLine::depth, Indicators.ResourceLine::proposed,
                Indicators.ResourceLine::granted, Indicators.ResourceLine::grantedCents).containsExactly(0, 2L, 1L, 12000L);
        assertThat(year.resources()).extracting(Indicators.ResourceLine::code).containsExactly("1", "1.1", "1.1.2.1", "1.1.4");
    }

    @Test
    void caseloadPerProfessional() {
        Map<String, Indicators.Caseload> c = byCode(year.caseload(), Indicators.Caseload::name);
        assertThat(c.get("Laia Puig Ferrer")).extracting(Indicators.Caseload::activeCaseFiles,
                Indicators.Caseload::interventions, Indicators.Caseload::overdueReviews, Indicators.Caseload::appointments)
                .containsExactly(2L, 2L, 1L, 4L);
        assertThat(c.get("Jordi Serra Vidal")).extracting(Indicators.Caseload::activeCaseFiles,
                Indicators.Caseload::interventions, Indicators.Caseload::appointments).containsExactly(0L, 1L, 1L);
        assertThat(c).doesNotContainKey("Pau Martí Soler");
    }

    @Test
    void oneProfessionalsCaseFilesAndOneMonth() {
        Indicators march = data.reports.compute(data.f.montse, new ReportService.Scope(Period.month(2025, 3), "GIR-N",
                null), Language.ENGLISH);
        assertThat(march.current().closed()).isEqualTo(1);
        assertThat(march.current().interventions()).isZero();
        assertThat(march.previous().period()).isEqualTo(Period.month(2025, 2));
        assertThat(march.previous().opened()).isEqualTo(1);
        assertThat(march.lastYear().period()).isEqualTo(Period.month(2024, 3));
        assertThat(march.lastYear().interventions()).isZero();
        assertThat(year.lastYear()).as("a year's previous period is the same period last year").isNull();
        assertThat(ReportTables.of(march, new ReportTexts(Language.ENGLISH)).get(1).rows().getFirst())
                .containsExactly("People assisted", 0L, 2L, new ReportTable.Change(-2), 0L, new ReportTable.Change(0));
        Indicators jordis = data.reports.compute(data.f.montse, new ReportService.Scope(Period.year(2025), null,
                data.f.jordi.id()), Language.ENGLISH);
        assertThat(jordis.current().opened()).isZero();
    }

    @Test
    void onlyTeamLeadsSeeTheTeamProfessionalsTheirOwnCaseload() {
        assertThatThrownBy(() -> data.reports.compute(data.f.laia, new ReportService.Scope(Period.year(2025), null, null),
                Language.CATALAN)).isInstanceOf(AccessDeniedException.class);
        Indicators own = data.reports.compute(data.f.laia, new ReportService.Scope(Period.year(2025), null,
                data.f.laia.id()), Language.CATALAN);
        assertThat(own.current().opened()).isEqualTo(1);
        assertThat(data.reports.teams(data.f.montse)).extracting(ReportService.TeamChoice::code).containsExactly("GIR-N");
    }

    @Test
    void progressIsToldAtEachStepAndAnInterruptedComputationStops() {
        List<Integer> steps = new java.util.ArrayList<>();
        ReportService.Scope scope = new ReportService.Scope(Period.year(2025), null, null);
        data.reports.compute(data.f.montse, scope, Language.CATALAN, (done, total) -> {
            assertThat(total).isEqualTo(ReportService.STEPS);
            steps.add(done);
        });
        assertThat(steps).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        List<Integer> seen = new java.util.ArrayList<>();
        try {
            assertThatThrownBy(() -> data.reports.compute(data.f.montse, scope, Language.CATALAN, (done, total) -> {
                seen.add(done);
                if (done == 2) {
                    Thread.currentThread().interrupt();
                }
            })).isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void periodsAreParsedAndTheirPreviousOnesFollow() {
        assertThat(Period.parse("2025-Q2", null)).isEqualTo(Period.quarter(2025, 2));
        assertThat(Period.quarter(2025, 1).previous()).isEqualTo(Period.quarter(2024, 4));
        assertThat(Period.parse("2025-03", "2025-05").previous())
                .isEqualTo(Period.custom(java.time.LocalDate.of(2024, 11, 29), java.time.LocalDate.of(2025, 2, 28)));
        assertThatThrownBy(() -> Period.parse("2025-13", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
