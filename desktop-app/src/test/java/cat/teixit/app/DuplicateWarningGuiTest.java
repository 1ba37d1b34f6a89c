package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The person form's duplicate warning, driven through the real window on a real store. */
@Tag("gui")
class DuplicateWarningGuiTest extends GuiTestBase {

    @Override
    protected void prepare(Workstation w) {
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.NONE, null,
                LocalDate.of(1980, 3, 14), Sex.F), null);
    }

    @Test
    void aSimilarPersonIsListedWithWhyAndTheUserMayStillCreateTheNewOne() throws Exception {
        enterAsLaia();
        newPerson("Nuria", "Pages");
        robot.clickOn("#person-surname2").write("Muñoz");
        robot.clickOn("#person-docNumber").write("12345678Z");
        robot.clickOn("#person-birthDate").write("02/03/1980");
        robot.clickOn("#person-save");

        waitFor("#person-create-anyway");
        assertThat(robot.lookup("#person-duplicates .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("mateix nom i cognoms; mateix any de naixement");
        robot.clickOn("#person-create-anyway");
        waitFor("#casefile-view");
        long people = Stores.of(backend.get()).read(tx -> tx.cases().personsByDocument("12345678Z").size());
        assertThat(people).isOne();
    }
}
