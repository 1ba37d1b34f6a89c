package cat.teixit.logic.aid;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proactive list on a real store: what makes a case file newly appear, and what does not. */
class AidScanServiceTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private LocalDate today;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        today = LocalDate.now(w.clock().withZone(cat.teixit.gui.common.I18n.ZONE));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private PersonService.Created person(String given, LocalDate born) {
        return w.people().createWithNewHousehold(laia, PersonForm.basic(given, "Serra Vidal", null, IdDocumentType.NONE,
                null, born, Sex.F), null);
    }

    /** The household has existed for a year (the service dates a new one today): the store changed by hand. */
    private void aYearAgo(PersonService.Created p) throws Exception {
        try (java.sql.Connection c = TestKeys.connect(dir.resolve("teixit.db"));
                java.sql.PreparedStatement st = c.prepareStatement(
                        "UPDATE household_member SET joined_on = ? WHERE household_id = ?")) {
            st.setString(1, today.minusYears(1).toString());
            st.setString(2, p.householdId().toString());
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }

    private List<AidScanService.Candidate> scan() {
        return w.aidScan().scan(laia, false, today.minusDays(30), today, (d, t) -> { }, () -> false);
    }

    private AidScanService.Candidate of(List<AidScanService.Candidate> list, PersonService.Created p) {
        return list.stream().filter(c -> c.caseFileId().equals(p.caseFileId())).findFirst().orElse(null);
    }

    @Test
    void aChildWhoJoinedTheHouseholdOpensTheChildSupplement() throws Exception {
        PersonService.Created mother = person("Marta", today.minusYears(35));
        aYearAgo(mother);
        PersonService.Created baby = person("Pol", today.minusDays(20));
        assertThat(of(scan(), mother)).as("nothing changed in her household yet").isNull();
        w.households().addExistingPerson(laia, mother.householdId(), baby.personId(), "3", today.minusDays(10));
        AidScanService.Candidate c = of(scan(), mother);
        assertThat(c).isNotNull();
        assertThat(c.aids()).extracting(AidResult::aid).contains(Aid.IMV_CAPI);
        AidResult capi = c.aids().stream().filter(r -> r.aid() == Aid.IMV_CAPI).findFirst().orElseThrow();
        assertThat(capi.eligible()).as("incomes and residence are not in the store").isNull();
        assertThat(capi.missing()).contains("members[m0].monthsResidentSpain");
        assertThat(of(scan(), baby)).as("a household without an adult is not simulated").isNull();
    }

    @Test
    void turning23OpensTheImvAndProgressIsReportedAndTheScanCanBeCancelled() throws Exception {
        PersonService.Created young = person("Aina", today.minusYears(23).minusDays(5));
        PersonService.Created older = person("Berta", today.minusYears(40));
        PersonService.Created fresh = person("Carla", today.minusYears(50));
        aYearAgo(young);
        aYearAgo(older);
        List<AidScanService.Candidate> found = scan();
        assertThat(of(found, young)).isNotNull();
        assertThat(of(found, young).aids()).extracting(AidResult::aid).contains(Aid.IMV);
        assertThat(of(found, older)).isNull();
        assertThat(of(found, fresh)).as("a household new since then is listed with what it may receive").isNotNull();
        List<int[]> progress = new ArrayList<>();
        w.aidScan().scan(laia, false, today.minusDays(30), today, (d, t) -> progress.add(new int[] {d, t}), () -> false);
        assertThat(progress.getFirst()[0]).isZero();
        assertThat(progress.getLast()[0]).isEqualTo(progress.getLast()[1]).isPositive();
        assertThatThrownBy(() -> w.aidScan().scan(laia, false, today.minusDays(30), today, (d, t) -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theWholeTeamIsForTeamLeads() {
        assertThatThrownBy(() -> w.aidScan().scan(laia, true, today.minusDays(30), today, (d, t) -> { }, () -> false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dependencyGradesOfTheCatalogue() {
        assertThat(AidScanService.grade("0")).isZero();
        assertThat(AidScanService.grade("4")).isEqualTo(1);
        assertThat(AidScanService.grade("8")).isEqualTo(2);
        assertThat(AidScanService.grade("6")).isEqualTo(3);
        assertThat(AidScanService.grade(null)).isNull();
    }
}
