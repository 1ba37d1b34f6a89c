package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.casefile.DemandRow.Row;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The case-file flows of issue 3, driven through the real window on a real store. */
@Tag("gui")
class CaseFileGuiTest extends GuiTestBase {

    private PersonService.Created nuria;
    private CurrentUser laia;

    @Override
    protected void prepare(Workstation w) {
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        w.auth().logout();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI,
                "12345678Z", LocalDate.of(1981, 3, 14), Sex.F).withPhone("600 123 456"), "2");
        w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Col·lell", IdDocumentType.NONE, null,
                LocalDate.of(1999, 7, 1), Sex.F), null);
        // Pau (Salt) may read Girona Nord's case files, not change them.
        Stores.of(w).write(tx -> {
            tx.users().findByUsername("pau").orElseThrow().setGrantedScopes(Map.of(laia.scope(), false));
            return null;
        });
    }

    @Test
    void findOpenAddAnInterventionAndSeeItOnTheTimeline() throws Exception {
        enterAsLaia();
        robot.clickOn("#search-field").write("pages nuria");
        waitUntil(() -> ((ListView<?>) find("#search-results")).getItems().size() == 2);
        ListView<PersonHit> results = find("#search-results");
        assertThat(results.getItems()).extracting(PersonHit::surname2).containsExactlyInAnyOrder("Muñoz", "Col·lell");
        robot.clickOn("#search-field").eraseText(20).write("12345678z");
        waitUntil(() -> results.getItems().size() == 1);
        // The list is as tall as its one result, not a result over empty rows.
        waitUntil(() -> results.getHeight() > 0 && results.getHeight() < 60);
        robot.type(KeyCode.ENTER);
        waitFor("#casefile-view");
        assertThat(text("#casefile-name")).isEqualTo("Núria Pagès Muñoz");

        String note = "Entrevista amb la Núria: ha perdut la feina; acordem tornar a parlar dijous. l·l àèéíòóú";
        robot.clickOn("#intervention-notes").write(note);
        // Tab leaves the note for the next field and Shift+Tab comes back, typing no tab character.
        javafx.scene.control.TextArea notes = find("#intervention-notes");
        robot.type(KeyCode.TAB);
        waitUntil(() -> !notes.isFocused());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(notes::isFocused);
        assertThat(notes.getText()).isEqualTo(note);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        ListView<TimelineEntry> timeline = find("#timeline-list");
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> note.equals(e.summary())));
        assertThat(timeline.getItems().getFirst().kind()).isEqualTo(TimelineEntry.Kind.INTERVENTION);
        assertThat(text("#status-pending")).isNotEqualTo("Cap canvi pendent");

        // Ctrl+S saves too, as in the other forms, from any of the form's fields.
        String second = "Trucada de seguiment amb la Núria.";
        robot.clickOn("#intervention-notes").write(second);
        robot.type(KeyCode.TAB);
        waitUntil(() -> !notes.isFocused());
        String pendingBefore = text("#status-pending");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> second.equals(e.summary())));
        assertThat(notes.getText()).isEmpty();
        // The status bar counts the new change at once, not at its next periodic look (every 15 s).
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> !pendingBefore.equals(text("#status-pending")));
    }

    @Test
    void aWrongDniLetterIsExplainedAndNothingIsCreated() throws Exception {
        enterAsLaia();
        newPerson("Jordi", "Muñoz");
        robot.clickOn("#person-docNumber").write("12345678A");
        robot.clickOn("#person-birthDate").write("31/02/1980");
        robot.clickOn("#person-phone");
        waitUntil(() -> !text("#person-birthDate-error").isEmpty());
        assertThat(text("#person-docNumber-error")).isEqualTo("La lletra del DNI no correspon al número. Revisa’ls.");
        assertThat(text("#person-birthDate-error")).contains("dd/mm/aaaa");
        robot.clickOn("#person-save");
        Thread.sleep(500);
        assertThat(robot.lookup("#person-new-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#casefile-view").tryQuery()).isEmpty();
        long people = Stores.of(backend.get()).read(tx -> tx.cases().personsByDocument("12345678A").size());
        assertThat(people).isZero();
    }

    @Test
    void ctrlSSavesANewPersonAndTheProblemOfARefusedSaveStaysShownBesideItsField() throws Exception {
        enterAsLaia();
        newPerson("Pau", "Pagès");
        // A DNI chosen (the default) with no number: refused, and the focus moves to the number.
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> find("#person-docNumber").isFocused());
        Thread.sleep(300);
        assertThat(text("#person-docNumber-error")).as("said beside the field, after the focus moved to it")
                .isEqualTo("Cal omplir-ho.");
        assertThat(text("#person-fix-count")).isNotEmpty();

        robot.write("87654321X");
        String pendingBefore = text("#status-pending");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor("#casefile-view");
        long people = Stores.of(backend.get()).read(tx -> tx.cases().personsByDocument("87654321X").size());
        assertThat(people).isPositive();
        // The status bar counts the person, household and case file to send at once, not at its next periodic look.
        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> !pendingBefore.equals(text("#status-pending")));
    }

    @Test
    void aStaleEditIsDetectedAndBothVersionsAreShown() throws Exception {
        enterAsLaia();
        openCaseFile("12345678z");
        // From the household, a double click opens the person's own record.
        TabPane tabs = find("#casefile-tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "casefile-tab-household".equals(t.getId())).findFirst().orElseThrow()));
        waitFor("#household-members");
        waitUntil(() -> !((javafx.scene.control.TableView<?>) find("#household-members")).getItems().isEmpty());
        robot.doubleClickOn(robot.lookup("#household-members .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor("#person-edit-view");
        waitUntil(() -> "Núria".equals(((javafx.scene.control.TextField) find("#person-givenName")).getText()));
        robot.clickOn("#person-phone").eraseText(20).write("611 222 333");

        // Meanwhile the same person is saved elsewhere (another window, or a colleague through sync).
        Workstation w = backend.get();
        PersonForm current = w.people().form(laia, nuria.personId());
        w.people().update(laia, nuria.personId(), Edit.of(current,
                current.withPhone("699 888 777").withAddress("Carrer Major, 3", current.municipality(), "Eixample")));

        robot.clickOn("#person-save");
        waitFor("#person-conflict");
        // Only the field both changed is compared.
        assertThat(robot.lookup("#person-conflict .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList())
                .contains("Telèfon", "611 222 333", "699 888 777").doesNotContain("Carrer Major, 3");
        robot.clickOn("#person-conflict-keep-mine");
        waitFor("#person-saved");
        Person saved = w.people().load(laia, nuria.personId());
        assertThat(saved.getPhone()).isEqualTo("611 222 333");
        // "Keep mine" keeps what this user changed; the other window's change to the address stays.
        assertThat(saved.getAddress()).isEqualTo("Carrer Major, 3");
        assertThat(saved.getDistrict()).isEqualTo("Eixample");
    }

    @Test
    void aDemandItsAssessmentAndAResourceProposedFromItAreFollowedInOneTreeAndTheResourceMovesOn() throws Exception {
        enterAsLaia();
        openDemandsTab();
        TreeTableView<Row> tree = find("#demands-tree");

        robot.clickOn("#demands-new-demand");
        choose("#demand-area", "Allotjament alternatiu");
        robot.clickOn("#demand-description").write("Ha de deixar el pis a final de mes");
        robot.clickOn("#demand-save");
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        TreeItem<Row> demand = tree.getRoot().getChildren().getFirst();
        assertThat(demand.getValue().what()).isEqualTo("Allotjament alternatiu");
        assertThat(tree.getSelectionModel().getSelectedItem()).as("the new demand is selected").isSameAs(demand);

        robot.clickOn("#demands-new-assessment");
        assertThat(text("#demands-link")).startsWith("Per a la demanda «Allotjament alternatiu»");
        choose("#assessment-problem", "Problemes econòmics");
        robot.clickOn("#assessment-notes").write("Deute de lloguer de tres mesos");
        robot.clickOn("#assessment-save");
        waitUntil(() -> tree.getRoot().getChildren().getFirst().getChildren().size() == 1);

        robot.clickOn("#demands-new-resource");
        assertThat(text("#demands-link")).startsWith("Respon a la valoració «Problemes econòmics»");
        robot.clickOn("#resource-type").write("ajuda a domicili");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#resource-cost").write("1.250,5");
        robot.clickOn("#resource-propose");
        waitUntil(() -> resource(tree) != null);
        Row proposed = resource(tree).getValue();
        assertThat(proposed.what()).isEqualTo("Servei d’ajuda a domicili");
        assertThat(proposed.status()).isEqualTo(ResourceStatus.PROPOSED);
        assertThat(proposed.costCents()).isEqualTo(125_050L);
        // The cost reads as people write euros (it showed "1.250,50 ¤").
        assertThat(robot.lookup("#demands-tree .tree-table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())).contains("1.250,50\u00a0€");
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().id()).isEqualTo(proposed.id());

        robot.clickOn("#demands-change-status");
        choose("#resource-next-status", "Sol·licitat");
        robot.clickOn("#resource-status-save");
        waitUntil(() -> resource(tree).getValue().status() == ResourceStatus.REQUESTED);
        assertThat(resource(tree).getValue().costCents()).isEqualTo(125_050L);
        assertThat(backend.get().resources().resources(laia, nuria.caseFileId())).singleElement()
                .satisfies(r -> assertThat(r.getAssessmentId()).isNotNull());
        assertThat(find("#demands-form").isVisible()).isFalse();
    }

    @Test
    void aCaseFileGrantedReadOnlyShowsTheChainWithoutFormsOrActions() throws Exception {
        backend.get().resources().addDemand(laia, nuria.caseFileId(), nuria.personId(), "1", "Informació d’ajuts");
        waitFor("#login-demo-hint");
        logIn("pau", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        openDemandsTab();
        TreeTableView<Row> tree = find("#demands-tree");
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        waitUntil(() -> !find("#demands-actions").isVisible());
        assertThat(find("#demands-form").isVisible()).isFalse();
        assertThat(tree.getRoot().getChildren().getFirst().getValue().what()).isEqualTo("Informació i orientació");
    }

    /** Finds a case file with the search box, as a user does, and opens it (Enter). */
    /** Opens Núria's case file on its "Demands and resources" tab. */
    private void openDemandsTab() throws Exception {
        openCaseFile("12345678z");
        TabPane tabs = find("#casefile-tabs");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "casefile-tab-resources".equals(t.getId())).findFirst().orElseThrow()));
        waitFor("#demands-tree");
    }

    /** Picks {@code label} in a combo box the way a user does: open it, click the entry. */
    private void choose(String combo, String label) throws Exception {
        waitFor(combo);
        robot.clickOn(combo);
        waitUntil(() -> cell(label).map(Node::isVisible).orElse(false));
        robot.clickOn(cell(label).orElseThrow());
    }

    private java.util.Optional<Node> cell(String label) {
        return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> c && label.equals(c.getText())).tryQuery();
    }

    /** The one resource, under the assessment under the demand (null until it is there). */
    private static TreeItem<Row> resource(TreeTableView<Row> tree) {
        return tree.getRoot().getChildren().stream().flatMap(d -> d.getChildren().stream())
                .flatMap(a -> a.getChildren().stream()).findFirst().orElse(null);
    }


    @SuppressWarnings("unused")
    private static UUID id(PersonService.Created c) {
        return c.caseFileId();
    }
}
