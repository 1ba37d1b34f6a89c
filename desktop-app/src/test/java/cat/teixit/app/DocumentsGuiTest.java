package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.documents.DocumentWorkbenchViewModel;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseRecords.AttachmentItem;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.logic.signature.SignerRole;
import cat.teixit.logic.signature.VerificationReport;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's flow through the real window on a real store: from a case file with a plan, the Documents
 * workbench makes the plan agreement, the person and the professional sign it on the pad with the mouse,
 * it is filed, and it is then in the Documents tab and the social history, sealed and verified.
 */
@Tag("gui")
class DocumentsGuiTest extends GuiTestBase {

    private PersonService.Created nuria;
    private CurrentUser laia;

    @Override
    protected void beforeOpen(Path dataDir) {
        Preferences prefs = new Preferences(new SettingsFile(dataDir));
        prefs.set("council.name", "Ajuntament de Girona");
        prefs.set("council.address", "Plaça del Vi, 1, 17004 Girona");
    }

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI,
                "12345678Z", LocalDate.of(1981, 3, 14), Sex.F), "2");
        var plan = w.plans().create(laia, nuria.caseFileId(), "Retorn a la feina", LocalDate.now(),
                LocalDate.now().plusMonths(3));
        var goal = w.plans().addGoal(laia, plan, "Trobar una feina a mitja jornada");
        w.plans().addAction(laia, plan, goal, "Inscriure’s al Servei d’Ocupació de Catalunya", "Núria",
                LocalDate.now().plusWeeks(2));
    }

    @Test
    void fromAPlanTheAgreementIsMadeSignedByBothFiledAndVerified() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.clickOn("#search-field").write("12345678z");
        waitUntil(() -> ((ListView<?>) find("#search-results")).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitFor("#casefile-view");
        TabPane tabs = find("#casefile-tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "casefile-tab-documents".equals(t.getId())).findFirst().orElseThrow()));
        waitFor("#documents-generate");

        robot.clickOn("#documents-generate");
        waitFor("#document-workbench");
        ListView<DocumentWorkbenchViewModel.Choice> templates = find("#workbench-templates");
        waitUntil(() -> templates.getItems().size() >= 7);
        DocumentWorkbenchViewModel.Choice agreement = templates.getItems().stream()
                .filter(c -> c.key().equals("plan-agreement")).findFirst().orElseThrow();
        assertThat(agreement.title()).isEqualTo("Acord del pla de treball");
        robot.interact(() -> templates.getSelectionModel().select(agreement));
        Button signPerson = find("#workbench-sign-person");
        waitUntil(() -> !signPerson.isDisabled());
        assertThat(robot.lookup("#pdf-preview .image-view").queryAll()).isNotEmpty();

        sign("#workbench-sign-person", "Núria Pagès Muñoz");
        waitUntil(() -> text("#workbench-signed").contains("persona atesa"));
        sign("#workbench-sign-professional", laia.displayName());
        waitUntil(() -> text("#workbench-signed").contains("professional"));

        robot.clickOn("#workbench-file");
        waitUntil(() -> text("#workbench-message").startsWith("Arxivat a l’expedient"));
        assertThat(find("#workbench-file").isDisabled()).isTrue();
        robot.clickOn("#workbench-close");
        waitUntil(() -> robot.lookup("#document-workbench").tryQuery().isEmpty());

        // In the Documents tab, and in the social history.
        TableView<AttachmentItem> table = find("#documents-table");
        waitUntil(() -> table.getItems().size() == 1);
        AttachmentItem filed = table.getItems().getFirst();
        assertThat(filed.fileName()).startsWith("Acord del pla de treball").endsWith(".pdf");
        // The verification screen of the filed document says its seal is valid and who signed.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#documents-verify");
        waitUntil(() -> robot.lookup("#verify-verdict").tryQuery().isPresent()
                && text("#verify-verdict").startsWith("Segell vàlid"));

        Workstation w = backend.get();
        List<TimelineEntry> history = w.timeline().entries(laia, nuria.caseFileId(),
                cat.teixit.logic.casefile.TimelineService.Filter.ALL);
        assertThat(history).anyMatch(e -> e.kind() == TimelineEntry.Kind.DOCUMENT && e.id().equals(filed.id()));

        // Sealed twice, intact, with the plan's words and accents in it.
        Path copy = w.attachments().copyForViewing(laia, filed.id());
        VerificationReport report = w.signatures().verify(copy);
        assertThat(report.status()).isEqualTo(VerificationReport.Status.VALID);
        assertThat(report.signatures()).extracting(VerificationReport.Signature::role)
                .containsExactly(SignerRole.PERSON, SignerRole.PROFESSIONAL);
        assertThat(report.signatures()).extracting(VerificationReport.Signature::signer)
                .containsExactly("Núria Pagès Muñoz", laia.displayName());
        try (var doc = Loader.loadPDF(Files.readAllBytes(copy))) {
            String text = new PDFTextStripper().getText(doc);
            // Each signature sits in the field the template reserved above its signer's line.
            var form = doc.getDocumentCatalog().getAcroForm(null);
            for (String name : List.of("signature-person", "signature-professional")) {
                var field = (org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField) form.getField(name);
                assertThat(field).as(name).isNotNull();
                assertThat(field.getSignature()).as(name).isNotNull();
                assertThat(field.getWidgets().getFirst().getRectangle().getHeight()).as(name).isGreaterThan(50);
            }
            assertThat(text).contains("Retorn a la feina", "Inscriure’s al Servei d’Ocupació de Catalunya",
                    "Núria Pagès Muñoz", "Ajuntament de Girona");
        }
    }

    /** Opens the pad with {@code button}, checks who signs, draws a signature with the mouse and accepts. */
    private void sign(String button, String signer) throws Exception {
        Button b = find(button);
        waitUntil(() -> !b.isDisabled());
        robot.clickOn(button);
        waitFor("#signature-canvas");
        assertThat(robot.lookup("#signature-pad .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())).anyMatch(t -> t.contains(signer));
        robot.drag("#signature-canvas").moveBy(60, 20).moveBy(60, -30).moveBy(80, 25).moveBy(40, -10).drop();
        Button accept = find("#signature-accept");
        waitUntil(() -> !accept.isDisabled());
        robot.clickOn("#signature-accept");
        waitUntil(() -> robot.lookup("#signature-canvas").tryQuery().isEmpty());
    }
}
