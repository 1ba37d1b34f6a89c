package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.FolderChooser;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.ConsentService;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The data-protection screens through the real window on a real store (issue 14): the consents of a case file
 * (recorded, withdrawn) and the export of everything about a person (the files written where the user chose). Signing
 * in is in {@link WorkstationGuiTest} (a wrong password) and {@link PasswordChangeGuiTest} (a temporary one).
 */
@Tag("gui")
class PrivacyGuiTest extends GuiTestBase {

    private PersonService.Created carme;
    private CurrentUser laia;

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        carme = w.people().createWithNewHousehold(laia, PersonForm.basic("Carme", "Vilaró", "Puigdomènech",
                IdDocumentType.DNI, "87654321X", LocalDate.of(1975, 5, 20), Sex.F), "2");
    }

    @AfterEach
    void systemDialogsAgain() {
        FolderChooser.answerWith(null);
    }

    /** Signs in as {@code user} (a demo account) once the store is prepared. */
    private void enter(String user) throws Exception {
        waitFor("#login-demo-hint");
        backend.get();
        logIn(user, DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
    }

    private void showTab(String id) {
        TabPane tabs = find("#casefile-tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The texts of the labels in the consents list, in order. */
    private List<String> consentTexts() {
        VBox list = find("#consent-list");
        return list.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void aConsentIsRecordedAndWithdrawnOnTheCaseFile() throws Exception {
        enter("laia");
        openCaseFile("87654321x");
        // A tab with no records says so once they are read (a list read empty changes nothing to show).
        showTab("casefile-tab-referrals");
        waitUntil(() -> ((VBox) find("#referral-list")).lookupAll(".label").stream()
                .anyMatch(n -> "Cap derivació.".equals(((Label) n).getText())));
        showTab("casefile-tab-consents");
        waitFor("#consent-record");
        waitUntil(() -> consentTexts().contains("Cap consentiment registrat."));
        robot.clickOn("#consent-notes").write("Signat a l’oficina, en presència de la filla");
        robot.clickOn("#consent-record");
        waitUntil(() -> consentTexts().stream().anyMatch(t -> t.contains("vigent")));
        assertThat(consentTexts()).anyMatch(t -> t.startsWith("Compartir l’expedient amb un altre servei"))
                .contains("Signat a l’oficina, en presència de la filla");
        List<ConsentService.ConsentItem> stored = backend.get().consents().consents(laia, carme.personId());
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.active()).isTrue();
            assertThat(c.notes()).isEqualTo("Signat a l’oficina, en presència de la filla");
        });

        // Withdrawn today: the dialog proposes the date, accepted as it is.
        robot.clickOn(robot.lookup("#consent-list .button").queryAs(Button.class));
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField date = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertThat(date.getText()).matches("\\d{2}/\\d{2}/\\d{4}");
        robot.clickOn(date).type(KeyCode.ENTER);
        waitUntil(() -> consentTexts().stream().anyMatch(t -> t.contains("retirat el")));
        assertThat(robot.lookup("#consent-list .button").tryQuery()).as("no withdrawal of a withdrawn one").isEmpty();
        assertThat(backend.get().consents().consents(laia, carme.personId())).singleElement().satisfies(c -> {
            assertThat(c.active()).isFalse();
            assertThat(c.withdrawnOn()).isNotNull();
        });
    }

    @Test
    void theExportOfEverythingAboutAPersonWritesItsFilesWhereChosen() throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("export-here"));
        AtomicReference<String> asked = new AtomicReference<>();
        FolderChooser.answerWith((owner, title) -> {
            asked.set(title);
            return chosen;
        });
        // The team lead (READ_TEAM_CONFIDENTIAL) may export anyone of her team; laia is not Carme's professional.
        enter("montse");
        openCaseFile("87654321x");
        showTab("casefile-tab-household");
        waitFor("#household-members");
        waitUntil(() -> !((javafx.scene.control.TableView<?>) find("#household-members")).getItems().isEmpty());
        robot.doubleClickOn(robot.lookup("#household-members .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor("#person-edit-view");
        Button export = find("#person-export");
        // Shown once the workstation has found that she may export; at the foot of the form, scrolled to.
        waitUntil(() -> export.getParent().isVisible());
        assertThat(export.getText()).isEqualTo("Exporta tot el que hi ha d’aquesta persona");
        javafx.scene.Node up = export;
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) up;
        robot.interact(() -> form.setVvalue(form.getVmax()));
        robot.clickOn(export);
        waitUntil(() -> !text("#person-export-done").isEmpty());
        assertThat(asked.get()).isEqualTo("Tria la carpeta on desar l’exportació (PDF i JSON)");
        assertThat(text("#person-export-done")).startsWith("Exportats ").contains(chosen.toString());
        List<Path> written;
        try (Stream<Path> files = Files.list(chosen)) {
            written = files.toList();
        }
        assertThat(written).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".json"));
        Path json = written.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        assertThat(Files.readString(json)).contains("Carme", "87654321X");
        Path pdf = written.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }
}
