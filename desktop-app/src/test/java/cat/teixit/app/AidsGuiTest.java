package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 15's aid simulator through the real window: from a case file, a what-if, the result printed and filed. */
@Tag("gui")
class AidsGuiTest extends GuiTestBase {

    private CurrentUser laia;
    private PersonService.Created nuria;

    @Override
    protected void beforeOpen(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), "council.name=Ajuntament de Salt\ncouncil.town=Salt\n",
                StandardCharsets.UTF_8);
    }

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès Muñoz", null,
                IdDocumentType.NONE, null, LocalDate.of(1985, 3, 2), Sex.F), null);
    }

    @Test
    void simulateFromACaseFileAndPrintTheResultIntoIt() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        waitFor("#aid-view");
        // The area takes the keyboard, in its first field (its content is in a scroll pane, which only frames it):
        // typing no longer goes to the header's search box.
        javafx.scene.Node view = find("#aid-view");
        waitUntil(() -> {
            javafx.scene.Node owner = stage.getScene().getFocusOwner();
            if (owner == view) {
                return false;
            }
            for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
                if (n == view) {
                    return true;
                }
            }
            return false;
        });
        @SuppressWarnings("unchecked")
        ComboBox<CaseFileService.CaseFileSummary> cases = find("#aid-case");
        waitUntil(() -> cases.getItems().stream().anyMatch(c -> c.id().equals(nuria.caseFileId())));
        robot.interact(() -> cases.setValue(cases.getItems().stream().filter(c -> c.id().equals(nuria.caseFileId()))
                .findFirst().orElseThrow()));
        robot.interact(() -> cases.getOnAction().handle(null));
        waitUntil(() -> "Núria Pagès Muñoz".equals(((javafx.scene.control.TextField) find("#aid-member-0-name")).getText()));
        // What if she had no income and had lived here for five years: typed, the case file unchanged.
        robot.clickOn("#aid-member-0-spain").write("60");
        robot.clickOn("#aid-member-0-catalonia").write("60");
        robot.clickOn("#aid-simulate");
        waitFor("#aid-result-imv");
        TitledPane imv = find("#aid-result-imv");
        // 2025 or 2026 figures depending on today: an amount in euros a month either way.
        assertThat(imv.getText()).startsWith("Ingrés mínim vital (IMV) · Hi pot tenir dret · ").endsWith("/mes");
        assertThat(robot.lookup("#aid-result-bono_social_electrico").tryQuery()).isPresent();

        String pendingBefore = text("#status-pending");
        robot.clickOn("#aid-print");
        waitFor("#aid-filed");
        assertThat(text("#aid-filed")).contains("s’ha arxivat a l’expedient");
        // The printout filed is a change to send: the status bar counts it at once, not at its next periodic look.
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> !pendingBefore.equals(text("#status-pending")));
        assertThat(backend.get().attachments().attachments(laia, nuria.caseFileId()))
                .extracting(CaseRecords.AttachmentItem::fileName).anyMatch(n -> n.endsWith(".pdf"));
        assertThat(backend.get().caseFiles().load(laia, nuria.caseFileId()).members()).hasSize(1);
    }
}
