package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Reports area through the real window: a team lead computes this year, drills down from a figure, opens the case file. */
@Tag("gui")
class ReportsGuiTest extends GuiTestBase {

    private PersonService.Created nuria;

    @Override
    protected void prepare(Workstation w) {
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI,
                "12345678Z", LocalDate.of(1981, 3, 14), Sex.F), null);
        w.interventions().add(laia, nuria.caseFileId(), new InterventionForm(InterventionKind.OFFICE_INTERVIEW,
                LocalDate.now(ReportService.ZONE), LocalTime.of(0, 1), 30, null, null, "Primera entrevista", false));
        w.interventions().add(laia, nuria.caseFileId(), new InterventionForm(InterventionKind.HOME_VISIT,
                LocalDate.now(ReportService.ZONE), LocalTime.of(0, 2), 30, null, null, "Confidencial", true));
    }

    @Test
    void aTeamLeadDrillsDownFromAFigureToTheCaseFile() throws Exception {
        waitFor("#login-demo-hint");
        logIn("montse", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.clickOn("#nav-reports");
        waitFor("#report-period");
        TextField period = find("#report-period");
        robot.interact(() -> period.setText(Integer.toString(LocalDate.now(ReportService.ZONE).getYear())));
        robot.interact(() -> ((Button) find("#report-compute")).fire());
        waitFor("#report-interventions");
        TableView<List<Object>> interventions = find("#report-interventions");
        assertThat(interventions.getItems().get(0).get(1)).isEqualTo(1L);
        assertThat(interventions.getItems().get(1).get(1)).as("the confidential visit is counted (never listed:"
                + " ReportsViewModelTest)").isEqualTo(1L);

        TableView<?> drill = find("#report-drill");
        robot.interact(() -> interventions.getSelectionModel().select(0));
        waitUntil(() -> drill.getItems().size() == 1);
        robot.interact(() -> interventions.getSelectionModel().select(1));
        waitUntil(() -> drill.getItems().isEmpty());

        // Any figure leads to its case files: the women attended (the sex table, its first row).
        @SuppressWarnings("unchecked")
        TableView<List<Object>> bySex = (TableView<List<Object>>) robot.lookup(".drillable").queryAllAs(TableView.class)
                .stream().filter(t -> Integer.valueOf(7).equals(t.getProperties().get("report-table"))).findFirst()
                .orElseThrow();
        assertThat(bySex.getItems().get(0).get(1)).isEqualTo(1L);
        robot.interact(() -> bySex.getSelectionModel().select(0));
        waitUntil(() -> drill.getItems().size() == 1);
        assertThat(((ReportService.CaseFileItem) drill.getItems().get(0)).caseFileId()).isEqualTo(nuria.caseFileId());
        robot.interact(() -> drill.getSelectionModel().select(0));
        robot.clickOn(drill).type(javafx.scene.input.KeyCode.ENTER);
        waitFor("#casefile-view");
    }
}
