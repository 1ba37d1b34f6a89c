package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Auditoria area through the real window: a team lead opens it with Ctrl+7, lists who accessed a case file and
 * what a professional did; from the case file, "Qui l’ha consultat" opens the same list. A social worker has no such
 * area or button.
 */
@Tag("gui")
class AuditGuiTest extends GuiTestBase {

    private String number;

    @Override
    protected void prepare(Workstation w) {
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        var created = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz",
                IdDocumentType.DNI, "12345678Z", LocalDate.of(1981, 3, 14), Sex.F), null);
        w.caseFiles().markOpened(laia, created.caseFileId());
        number = w.caseFiles().load(laia, created.caseFileId()).number();
        w.auth().logout();
    }

    @Test
    void aTeamLeadSeesWhoAccessedACaseFileAndWhatAProfessionalDid() throws Exception {
        waitFor("#login-demo-hint");
        logIn("montse", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.clickOn("#search-field");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        waitFor("#audit");
        // The area takes the keyboard from the header's search box: typing goes to its first field.
        TextField caseNumber = find("#audit-case-number");
        waitUntil(caseNumber::isFocused);
        robot.clickOn("#audit-case-number").write(number);
        robot.clickOn("#audit-by-case");
        TableView<AuditTrail.Row> rows = find("#audit-rows");
        waitUntil(() -> !rows.getItems().isEmpty());
        assertThat(rows.getItems()).extracting(AuditTrail.Row::action).contains(AuditAction.VIEW, AuditAction.CHANGE);
        assertThat(rows.getItems()).extracting(AuditTrail.Row::professional).contains("Laia Puig Ferrer");
        assertThat(text("#audit-title")).contains(number);

        openCaseFile("Pagès");
        waitFor("#casefile-who-accessed");
        // A team lead's extra command does not squeeze the person's name: the commands wrap instead.
        javafx.scene.control.Label name = find("#casefile-name");
        waitUntil(() -> !name.getText().isEmpty());
        robot.interact(() -> name.getScene().getRoot().layout());
        assertThat(name.getWidth()).isGreaterThanOrEqualTo(name.prefWidth(-1) - 1);
        robot.clickOn("#casefile-who-accessed");
        waitFor("#audit");
        TableView<AuditTrail.Row> again = find("#audit-rows");
        waitUntil(() -> again.getItems().stream().filter(r -> r.action() == AuditAction.VIEW).count() >= 2);
        assertThat(again.getItems().getFirst().professional()).as("newest first: montse just opened it")
                .isEqualTo("Montserrat Roca Pujol");
    }

    @Test
    void aSocialWorkerHasNoAuditArea() throws Exception {
        enterAsLaia();
        assertThat(robot.lookup("#nav-audit").tryQuery()).isEmpty();
        openCaseFile("Pagès");
        assertThat(robot.lookup("#casefile-who-accessed").tryQuery()).isEmpty();
    }
}
