package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.directory.DemoDirectory;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.directory.EntryRow;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 15's resource directory through the real window: Ctrl+8, a search by keyboard, a referral from a case file. */
@Tag("gui")
class DirectoryGuiTest extends GuiTestBase {

    private CurrentUser laia;
    private PersonService.Created nuria;

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        CurrentUser admin = ((LoginResult.Success) w.auth().login("admin", DemoSeeder.DEMO_PASSWORD.toCharArray()))
                .user();
        w.auth().logout();
        DemoDirectory.seed(w.directory(), admin);
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès Muñoz", null,
                IdDocumentType.NONE, null, LocalDate.of(1985, 3, 2), Sex.F), null);
        // A food bank is outside the social services: the referral needs her consent to share the file
        // (refused without it: DirectoryViewModelTest).
        w.consents().record(laia, nuria.personId(), cat.teixit.model.casefile.ConsentPurpose.SHARING,
                LocalDate.now(java.time.ZoneId.of("Europe/Madrid")), null, null);
    }

    @Test
    void searchByKeyboardAndReferACaseFileToTheResource() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        waitFor("#directory-view");
        ListView<EntryRow> list = find("#directory-results");
        waitUntil(() -> !list.getItems().isEmpty());
        waitUntil(() -> find("#directory-search").isFocused());
        robot.write("banc aliments");
        waitUntil(() -> list.getItems().size() == 2);
        robot.type(KeyCode.DOWN);
        waitFor("#directory-detail-name");
        assertThat(text("#directory-detail-name")).isEqualTo("Banc dels Aliments de les Comarques de Girona");
        assertThat(robot.lookup("#directory-edit").tryQuery()).isEmpty();

        @SuppressWarnings("unchecked")
        ComboBox<CaseFileService.CaseFileSummary> cases = find("#directory-case");
        waitUntil(() -> cases.getItems().stream().anyMatch(c -> c.id().equals(nuria.caseFileId())));
        robot.interact(() -> cases.setValue(cases.getItems().stream().filter(c -> c.id().equals(nuria.caseFileId()))
                .findFirst().orElseThrow()));
        robot.clickOn("#directory-reason").write("Sense ingressos aquest mes");
        robot.clickOn("#directory-refer");
        waitUntil(() -> text("#directory-notice") != null && text("#directory-notice").startsWith("S’ha registrat"));
        assertThat(backend.get().referrals().referrals(laia, nuria.caseFileId())).singleElement()
                .satisfies(r -> assertThat(r.target()).startsWith("Banc dels Aliments de les Comarques de Girona ("));
    }
}
