package cat.teixit.logic.demo;

import cat.teixit.app.Stores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.IdDocuments;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.persistence.demo.BulkLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticAreaTest {

    private static final SyntheticArea.Options AREA = SyntheticArea.Options.area(2_500, 11, GeneratedStore.AS_OF);

    @TempDir
    static Path dir;
    static Workstation w;

    @BeforeAll
    static void generate() throws Exception {
        w = GeneratedStore.generate(dir, AREA);
    }

    @AfterAll
    static void close() {
        w.close();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = GeneratedStore.sql(dir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = GeneratedStore.sql(dir); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void theSameSeedGivesTheSameContentAndAnotherSeedAnotherOne(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws Exception {
        var small = SyntheticArea.Options.area(600, 5, GeneratedStore.AS_OF);
        Map<String, String> first = contentOf(a, small);
        Map<String, String> second = contentOf(b, small);
        assertThat(second).isEqualTo(first);
        Map<String, String> other = contentOf(c, SyntheticArea.Options.area(600, 6, GeneratedStore.AS_OF));
        assertThat(other.get("person")).isNotEqualTo(first.get("person"));
    }

    /** Rows per table and a digest of every row, column by column, in id order. */
    private static Map<String, String> contentOf(Path store, SyntheticArea.Options options) throws Exception {
        GeneratedStore.generate(store, options).close();
        Map<String, String> content = new LinkedHashMap<>();
        try (Connection c = GeneratedStore.sql(store); Statement st = c.createStatement()) {
            for (BulkLoader.Table t : BulkLoader.Table.values()) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long rows = 0;
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.tableName() + " ORDER BY id")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            digest.update((rs.getString(i) + "\u0000").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
                content.put(t.tableName(), rows + " " + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return content;
    }

    @Test
    void sizesAreInTheProportionsOfARealArea() throws Exception {
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(2_500);
        long households = count("SELECT count(*) FROM household");
        assertThat(2_500.0 / households).isBetween(2.2, 2.9);
        assertThat(count("SELECT count(*) FROM case_file")).isEqualTo(households);
        assertThat(count("SELECT count(*) FROM intervention") / 2_500.0).isBetween(7.0, 14.0);
        assertThat(count("SELECT count(*) FROM case_file WHERE status = 'CLOSED'")).isPositive();
        assertThat(count("SELECT count(*) FROM case_file WHERE status = 'REOPENED'")).isPositive();
        assertThat(count("SELECT count(*) FROM intervention_plan WHERE status = 'ACTIVE' AND review_on < '2026-11-02'"))
                .isPositive();
        double confidential = count("SELECT sum(confidential) * 10000 / count(*) FROM intervention") / 100.0;
        assertThat(confidential).isBetween(1.5, 5.0);
    }

    @Test
    void documentsHaveValidCheckLettersFromTheFictitiousRangesAndManyPeopleHaveNone() throws Exception {
        List<String> dnis = column("SELECT id_doc_number FROM person WHERE id_doc_type = 'DNI'");
        assertThat(dnis).isNotEmpty().allSatisfy(d -> {
            assertThat(IdDocuments.checkDni(d)).isEqualTo(IdDocuments.Check.OK);
            assertThat(d).startsWith("99");
        });
        List<String> nies = column("SELECT id_doc_number FROM person WHERE id_doc_type = 'NIE'");
        assertThat(nies).isNotEmpty().allSatisfy(n -> {
            assertThat(IdDocuments.checkNie(n)).isEqualTo(IdDocuments.Check.OK);
            assertThat(n).startsWith("Z9");
        });
        assertThat(column("SELECT id_doc_number FROM person WHERE id_doc_type = 'PASSPORT'")).allMatch(p -> p.startsWith("ZZ"));
        assertThat(count("SELECT count(*) FROM person WHERE id_doc_type = 'NONE' AND id_doc_number IS NOT NULL")).isZero();
        double none = count("SELECT count(*) FROM person WHERE id_doc_type = 'NONE'") / 2_500.0;
        assertThat(none).isBetween(0.08, 0.25);
        assertThat(column("SELECT phone FROM person WHERE phone IS NOT NULL"))
                .isNotEmpty().allMatch(p -> p.matches("[69]\\d{2} \\d{3} \\d{3}"));
        assertThat(column("SELECT email FROM person WHERE email IS NOT NULL"))
                .isNotEmpty().allMatch(e -> e.matches("[a-z]+\\.[a-z]+\\d*@example\\.(org|com|net)"));
    }

    @Test
    void noTwoMembersOfAHouseholdShareAGivenName() throws Exception {
        assertThat(count("SELECT count(*) FROM (SELECT m.household_id FROM household_member m JOIN person p"
                + " ON p.id = m.person_id GROUP BY m.household_id, p.given_name HAVING count(*) > 1)")).isZero();
        assertThat(count("SELECT count(*) FROM household_member")).isGreaterThan(2_000);
    }

    @Test
    void noPlanHasTheSameGoalTwice() throws Exception {
        assertThat(count("SELECT count(*) FROM plan_goal")).isGreaterThan(200);
        assertThat(count("SELECT count(*) FROM (SELECT 1 FROM plan_goal GROUP BY plan_id, description HAVING count(*) > 1)"))
                .isZero();
    }

    @Test
    void namesCarryAccentsTwoSurnamesAndHomonyms() throws Exception {
        List<String> names = column("SELECT given_name || ' ' || surname1 || coalesce(' ' || surname2, '') FROM person");
        assertThat(names).anyMatch(n -> n.contains("·")).anyMatch(n -> n.matches(".*[àèéíòóúñç].*"));
        assertThat(count("SELECT count(*) FROM person WHERE surname2 IS NOT NULL") / 2_500.0).isGreaterThan(0.5);
        assertThat(count("SELECT count(*) FROM (SELECT 1 FROM person GROUP BY given_name, surname1, surname2"
                + " HAVING count(*) > 1)")).isGreaterThan(20);
    }

    @Test
    void everyCodeComesFromItsCatalogue() throws Exception {
        String[][] checks = {
            {"household_member", "relationship", "relationship"}, {"household", "housing_tenure", "housing_tenure"},
            {"case_file", "closing_reason", "closing_reason"}, {"case_file", "origin", "case_origin"},
            {"case_file", "risk_level", "risk_level"}, {"person", "municipality", "municipality"},
            {"person", "nationality", "country"}, {"person", "mother_tongue", "language"},
            {"person", "civil_status", "civil_status"}, {"person", "education_level", "education_level"},
            {"person", "employment", "employment"}, {"person", "dependency_grade", "dependency_grade"},
            {"resource_assignment", "resource_code", "resource_type"}, {"demand", "area_code", "demand_area"}};
        for (String[] c : checks) {
            long unknown = count("SELECT count(*) FROM " + c[0] + " t WHERE t." + c[1] + " IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM code_entry e WHERE e.catalogue = '" + c[2] + "' AND e.code = t." + c[1] + ")");
            assertThat(unknown).as(c[0] + "." + c[1]).isZero();
        }
        assertThat(column("SELECT DISTINCT problem_codes FROM assessment")).allMatch(p -> p.matches("P\\d\\d(,P\\d\\d)*"));
    }

    @Test
    void grantedResourcesNameWhoFundsThemMostlyTheCouncilAndTheGeneralitat() throws Exception {
        long granted = count("SELECT count(*) FROM resource_assignment WHERE status IN ('GRANTED', 'STARTED', 'FINISHED')");
        assertThat(count("SELECT count(*) FROM resource_assignment WHERE funding IS NOT NULL"
                + " AND status NOT IN ('GRANTED', 'STARTED', 'FINISHED')")).as("only granted ones are funded").isZero();
        assertThat(count("SELECT count(DISTINCT funding) FROM resource_assignment")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(*) FROM resource_assignment WHERE funding = 'MUNICIPAL'") * 100 / granted)
                .isBetween(30L, 60L);
        assertThat(count("SELECT count(*) FROM resource_assignment WHERE funding = 'GENERALITAT'") * 100 / granted)
                .isBetween(15L, 45L);
    }

    @Test
    void manyResourcesAnswerTheAssessmentOfTheirDemandAndNeverOneMadeAfterThem() throws Exception {
        long answering = count("SELECT count(*) FROM resource_assignment WHERE assessment_id IS NOT NULL");
        assertThat(answering).isGreaterThan(count("SELECT count(*) FROM resource_assignment") / 5);
        assertThat(count("SELECT count(*) FROM resource_assignment r JOIN assessment a ON a.id = r.assessment_id"
                + " WHERE a.demand_id IS NOT r.demand_id OR a.occurred_at > r.occurred_at")).isZero();
        assertThat(count("SELECT count(*) FROM resource_assignment r WHERE r.assessment_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM assessment a WHERE a.id = r.assessment_id)")).isZero();
    }

    /**
     * The agenda behind the history: every case file's first visit (asked for before it), an appointment for each
     * office interview and home visit, some missed or called off (with a reason), the next one booked for many open
     * case files; only booked ones lie ahead.
     */
    @Test
    void appointmentsFollowTheCaseFilesHistory() throws Exception {
        long asOf = GeneratedStore.AS_OF.atStartOfDay(cat.teixit.logic.casefile.CaseDeps.ZONE).toInstant().toEpochMilli();
        assertThat(count("SELECT count(*) FROM appointment WHERE kind = 'FIRST_VISIT'"))
                .isEqualTo(count("SELECT count(*) FROM case_file"));
        assertThat(count("SELECT count(*) FROM appointment WHERE kind = 'FIRST_VISIT' AND (request_date IS NULL"
                + " OR request_date >= date(starts_at / 1000, 'unixepoch'))")).isZero();
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'ATTENDED' AND kind <> 'FIRST_VISIT'"))
                .isEqualTo(count("SELECT count(*) FROM intervention WHERE kind IN ('OFFICE_INTERVIEW', 'HOME_VISIT')"));
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'NO_SHOW'")).isPositive();
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'CANCELLED' AND cancel_reason IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'CANCELLED'")).isPositive();
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'BOOKED' AND starts_at < " + asOf)).isZero();
        assertThat(count("SELECT count(*) FROM appointment WHERE status <> 'BOOKED' AND starts_at >= " + asOf)).isZero();
        assertThat(count("SELECT count(*) FROM appointment a JOIN case_file c ON c.id = a.case_file_id"
                + " WHERE a.status = 'BOOKED' AND c.status = 'CLOSED'")).isZero();
        assertThat(count("SELECT count(*) FROM appointment WHERE status = 'BOOKED'")).isPositive();
        assertThat(count("SELECT count(*) FROM appointment WHERE ends_at <= starts_at")).isZero();
        // The agenda would flag overlaps as clashes: none for a professional, nor for a room of a team's office.
        String overlapping = "SELECT count(*) FROM appointment a JOIN appointment b ON a.id < b.id"
                + " AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                + " AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED' AND ";
        assertThat(count(overlapping + "a.professional_id = b.professional_id")).isZero();
        assertThat(count(overlapping + "a.scope = b.scope AND a.room = b.room")).isZero();
    }

    /**
     * Group activities over the history: weekly sessions, people of the team's case files open at the start (never
     * another team's), attendance only at sessions held while enrolled, waiting people never marked.
     */
    @Test
    void groupActivitiesEnrolTheTeamsOwnCaseFilesAndTakeAttendance() throws Exception {
        long asOf = GeneratedStore.AS_OF.atStartOfDay(cat.teixit.logic.casefile.CaseDeps.ZONE).toInstant().toEpochMilli();
        assertThat(count("SELECT count(*) FROM group_activity")).isGreaterThan(10);
        assertThat(count("SELECT count(*) FROM group_session s JOIN group_activity a ON a.id = s.activity_id"
                + " WHERE s.scope <> a.scope OR date(s.starts_at / 1000, 'unixepoch') < a.starts_on")).isZero();
        assertThat(count("SELECT count(*) FROM group_enrolment e JOIN case_file c ON c.id = e.case_file_id"
                + " JOIN group_activity a ON a.id = e.activity_id WHERE e.scope <> c.scope OR c.opened_on > a.starts_on"))
                .isZero();
        assertThat(count("SELECT count(*) FROM group_enrolment WHERE status = 'WAITING'")).isPositive();
        assertThat(count("SELECT count(*) FROM group_enrolment WHERE status = 'WITHDRAWN' AND withdrawn_reason IS NULL"))
                .isZero();
        assertThat(count("SELECT count(*) FROM group_attendance WHERE mark = 'PRESENT'")).isPositive();
        assertThat(count("SELECT count(*) FROM group_attendance t JOIN group_session s ON s.id = t.session_id"
                + " WHERE s.starts_at >= " + asOf)).isZero();
        assertThat(count("SELECT count(*) FROM group_attendance t JOIN group_session s ON s.id = t.session_id"
                + " JOIN group_enrolment e ON e.activity_id = s.activity_id AND e.person_id = t.person_id"
                + " WHERE e.status = 'WAITING'")).isZero();
    }

    @Test
    void householdsHaveOneReferencePersonAndEveryoneLivesSomewhere() throws Exception {
        assertThat(count("SELECT count(*) FROM (SELECT household_id FROM household_member GROUP BY household_id"
                + " HAVING sum(is_reference) <> 1)")).isZero();
        assertThat(count("SELECT count(*) FROM household_member WHERE is_reference = 1 AND relationship <> '8'")).isZero();
        assertThat(count("SELECT count(*) FROM person p WHERE NOT EXISTS"
                + " (SELECT 1 FROM household_member m WHERE m.person_id = p.id)")).isZero();
        assertThat(column("SELECT DISTINCT relationship FROM household_member")).contains("8", "10", "3", "7", "2");
        assertThat(column("SELECT DISTINCT district FROM household WHERE municipality = '22'")).hasSize(10);
    }

    @Test
    void historiesStayInsideTheTimeTheCaseFileWasOpenAndInThePast() throws Exception {
        long end = GeneratedStore.AS_OF.atStartOfDay(cat.teixit.logic.casefile.CaseDeps.ZONE).toInstant().toEpochMilli();
        for (String table : List.of("intervention", "demand", "assessment", "referral", "case_event")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE occurred_at >= " + end)).as(table).isZero();
            assertThat(count("SELECT count(*) FROM " + table + " t JOIN case_file cf ON cf.id = t.case_file_id"
                    + " WHERE date(t.occurred_at / 1000, 'unixepoch') < cf.opened_on")).as(table).isZero();
        }
        assertThat(count("SELECT count(*) FROM intervention t JOIN case_file cf ON cf.id = t.case_file_id"
                + " WHERE cf.status = 'CLOSED' AND date(t.occurred_at / 1000, 'unixepoch') > date(cf.closed_on, '+2 days')"))
                .isZero();
    }

    @Test
    void rowsAreWrittenAsAlreadySyncedWithNothingWaitingInTheOutbox() throws Exception {
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
        for (BulkLoader.Table t : BulkLoader.Table.values()) {
            if (t != BulkLoader.Table.TEAM && t != BulkLoader.Table.APP_USER) {
                assertThat(count("SELECT count(*) FROM " + t.tableName() + " WHERE server_version IS NULL"
                        + " OR updated_at NOT LIKE '%-synthetic'")).as(t.tableName()).isZero();
            }
        }
        assertThat(w.status().isDemoStore()).isTrue();
    }

    @Test
    void theDemoAccountsAndTheGeneratedProfessionalsLogInAndLaiaHoldsOpenCaseFiles() throws Exception {
        assertThat(count("SELECT count(*) FROM app_user")).isGreaterThan(DemoSeeder.USERS.size() + 13 * 3 - 1);
        assertThat(count("SELECT count(*) FROM team")).isEqualTo(13);
        String colleague = column("SELECT username FROM app_user WHERE username LIKE '%.%' ORDER BY username LIMIT 1")
                .getFirst();
        assertThat(GeneratedStore.login(w, colleague).username()).isEqualTo(colleague);
        CurrentUser laia = GeneratedStore.login(w, "laia");
        List<CaseFileService.CaseFileSummary> mine = w.caseFiles().mine(laia);
        assertThat(mine).hasSizeGreaterThan(3).extracting(CaseFileService.CaseFileSummary::householdName)
                .contains("Pagès Muñoz", "Diallo", "El Amrani", "Casals Vila");
        var pages = mine.stream().filter(m -> m.householdName().equals("Pagès Muñoz")).findFirst().orElseThrow();
        assertThat(w.caseFiles().load(laia, pages.id()).members()).hasSize(6);
        assertThat(w.timeline().entries(laia, pages.id(), TimelineService.Filter.ALL)).hasSizeGreaterThan(300);
        var elAmrani = mine.stream().filter(m -> m.householdName().equals("El Amrani")).findFirst().orElseThrow();
        assertThat(elAmrani.reviewOn()).isBefore(LocalDate.now());
    }

    @Test
    void aStoreThatAlreadyHoldsPeopleIsRefusedAndLeftAsItWas() throws Exception {
        long before = count("SELECT count(*) FROM person");
        assertThatThrownBy(() -> SyntheticArea.generate(Stores.of(w), AREA, GeneratedStore.VERIFIER,
                SyntheticArea.Progress.NONE)).isInstanceOf(SyntheticArea.StoreNotEmptyException.class);
        assertThat(count("SELECT count(*) FROM person")).isEqualTo(before);
    }
}
