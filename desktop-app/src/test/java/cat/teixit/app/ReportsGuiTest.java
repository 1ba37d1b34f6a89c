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
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Reports area through the real window: a team lead computes this year, drills down from a figure, opens the case
 * file; with the keyboard alone, sees where the focus is.
 */
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
        openReportsOfThisYear();
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

    @Test
    void withTheKeyboardAloneTheFocusIsSeenAndTabReachesATablesFirstRow() throws Exception {
        openReportsOfThisYear();
        TextField period = find("#report-period");
        Button compute = find("#report-compute");
        robot.interact(period::requestFocus);
        // Period, until, team, professional, then the button: each reached by Tab shows the accent ring.
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.TAB);
        }
        javafx.scene.control.ComboBox<?> professional = find("#report-professional");
        assertThat(professional.isFocused()).isTrue();
        assertThat(ring(professional)).as("a combo box reached by Tab").isTrue();
        robot.type(KeyCode.TAB);
        assertThat(compute.isFocused()).isTrue();
        assertThat(ring(compute)).as("the accent-filled Calcula reached by Tab").isTrue();
        robot.type(KeyCode.ENTER);
        waitFor("#report-interventions");
        waitUntil(() -> !compute.isDisabled());
        // Disabled while it computed, Calcula gets the focus back, seen: the keyboard carries on from it.
        waitUntil(() -> compute.isFocused());
        assertThat(ring(compute)).as("Calcula again, after computing").isTrue();
        // From the button, Tab goes on past the export buttons to the first table: its first row chosen and framed.
        TableView<?> table = null;
        for (int i = 0; i < 8 && table == null; i++) {
            robot.type(KeyCode.TAB);
            if (stage.getScene().getFocusOwner() instanceof TableView<?> t) {
                table = t;
            } else {
                assertThat(stage.getScene().getFocusOwner()).as("every stop shows the ring")
                        .matches(ReportsGuiTest::hasRing);
            }
        }
        assertThat(table).as("Tab reaches a report table").isNotNull();
        assertThat(table.getProperties().get("report-table")).isEqualTo(0);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(table.getFocusModel().getFocusedIndex()).isZero();
        assertThat(ring(table)).as("the table reached by Tab").isTrue();
        TableView<?> shown = table;
        javafx.scene.control.TableRow<?> first = robot.lookup(".table-row-cell").queryAllAs(
                javafx.scene.control.TableRow.class).stream().filter(r -> r.getTableView() == shown && r.getIndex() == 0)
                .findFirst().orElseThrow();
        assertThat(first.isFocused()).as("the first row is the focused one").isTrue();
        assertThat(first.getBackground().getFills().getFirst().getFill()).as("framed in the accent colour")
                .isEqualTo(accent());
        // The arrows move the focused row; Tab goes on to the next table, which starts at its first row too.
        robot.type(KeyCode.DOWN);
        assertThat(table.getFocusModel().getFocusedIndex()).isEqualTo(1);
        robot.type(KeyCode.TAB);
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TableView.class).isNotSameAs(table);
        TableView<?> next = (TableView<?>) stage.getScene().getFocusOwner();
        assertThat(next.getSelectionModel().getSelectedIndex()).isZero();
        // Shift+Tab goes back to the first table, its row kept.
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(stage.getScene().getFocusOwner()).isSameAs(table);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }

    /** Montse signs in and opens the Reports area, its period this year. */
    private void openReportsOfThisYear() throws Exception {
        waitFor("#login-demo-hint");
        logIn("montse", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        // The sidebar lists the areas in the order of their shortcuts: Informes (Ctrl+5) after the groups (Ctrl+4).
        assertThat(robot.lookup(".nav-button").queryAll().stream().map(javafx.scene.Node::getId).toList())
                .containsSubsequence("nav-home", "nav-casefiles", "nav-agenda", "nav-groups", "nav-reports", "nav-aids",
                        "nav-audit", "nav-directory");
        robot.clickOn("#nav-reports");
        waitFor("#report-period");
        TextField period = find("#report-period");
        robot.interact(() -> period.setText(Integer.toString(LocalDate.now(ReportService.ZONE).getYear())));
    }

    /** True when {@code node} draws the keyboard focus ring: a 2px stroke in the accent colour outside its edge. */
    private boolean ring(javafx.scene.Node node) {
        return hasRing(node) && ((javafx.scene.layout.Region) node).getBorder().getStrokes().stream()
                .anyMatch(s -> accent().equals(s.getTopStroke()));
    }

    /** The theme's accent colour (Primer light's -color-accent-emphasis). */
    private static javafx.scene.paint.Color accent() {
        return javafx.scene.paint.Color.web("#0969da");
    }

    /** True when {@code node} draws a focus ring, whatever its colour: a 2px stroke 2px outside its edge. */
    private static boolean hasRing(javafx.scene.Node node) {
        return node instanceof javafx.scene.layout.Region r && r.getBorder() != null && r.getBorder().getStrokes()
                .stream().anyMatch(s -> s.getWidths().getTop() == 2 && s.getInsets().getTop() == -4);
    }
}
