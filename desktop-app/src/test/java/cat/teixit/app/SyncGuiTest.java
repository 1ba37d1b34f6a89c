package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.sync.ConflictService;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.model.casefile.Person;
import cat.teixit.testing.CentralServer;
import cat.teixit.testing.Station;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Sync area with the real central server: sync now, see the conflict side by side, resolve it per field. */
@Tag("gui")
class SyncGuiTest extends GuiTestBase {

    @RegisterExtension
    static final CentralServer server = CentralServer.perClass();

    @TempDir
    Path other;
    private Station jordi;

    @Override
    protected void beforeOpen(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), SyncSettings.SERVER_URL + "=" + server.url() + "\n"
                + SyncSettings.ALLOW_PLAIN_HTTP + "=true\n" + SyncSettings.INTERVAL_MINUTES + "=0\n");
        jordi = Station.open(other, server.url());
        jordi.login("jordi");
    }

    @AfterEach
    void closeOther() {
        jordi.close();
    }

    private ListView<ConflictService.Summary> conflicts() {
        return find("#sync-conflict-list");
    }

    @Test
    void syncNowShowsTheConflictSideBySideAndResolvesItFieldByField() throws Exception {
        UUID omar = jordi.newPerson("Omar", "Serra").personId();
        jordi.syncOk();

        logIn("laia", CentralServer.PASSWORD);
        waitFor("#nav-sync");
        assertThat(text("#status-connection")).isEqualTo("En línia");
        robot.clickOn("#nav-sync");
        waitFor("#sync-now");
        robot.clickOn("#sync-now");
        waitUntil(() -> text("#sync-result").startsWith("Sincronitzat"));
        assertThat(text("#status-last-sync")).startsWith("Darrera sincronització");

        // The same field changed here and on jordi's workstation.
        Workstation w = backend.get();
        CurrentUser laia = w.auth().requireUser();
        PersonForm p = w.people().form(laia, omar);
        w.people().update(laia, omar, Edit.of(p, Station.withPhone(p, "611222333")));
        jordi.edit(omar, f -> Station.withPhone(f, "644555666"));
        jordi.syncOk();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> conflicts().getItems().size() == 1);
        waitUntil(() -> find("#status-conflicts").isVisible());
        assertThat(text("#status-conflicts")).isEqualTo("1 conflicte per resoldre (Ctrl+9)");
        robot.clickOn(conflicts().lookup(".list-cell"));
        waitFor("#conflict-phone-mine");
        assertThat(text("#conflict-phone-mine")).isEqualTo("611222333");
        assertThat(text("#conflict-phone-theirs")).isEqualTo("644555666");
        assertThat(text("#sync-conflict-who")).contains("Jordi Serra Vidal");
        assertThat(this.<Button>find("#sync-resolve").isDisabled()).as("a choice per field first").isTrue();

        robot.clickOn("#conflict-phone-choose-merged");
        robot.clickOn("#conflict-phone-merged").push(KeyCode.CONTROL, KeyCode.A).write("611222333 / 644555666");
        robot.clickOn("#sync-resolve");
        waitUntil(() -> text("#sync-conflict-error").startsWith("Telèfon: Escriu un telèfon"));
        assertThat(conflicts().getItems()).as("nothing saved").hasSize(1);
        robot.clickOn("#conflict-phone-merged").push(KeyCode.CONTROL, KeyCode.A).write("611 222 333");
        robot.clickOn("#sync-resolve");
        waitUntil(() -> conflicts().getItems().isEmpty());
        waitUntil(() -> !find("#status-conflicts").isVisible());
        assertThat(this.<ListView<?>>find("#sync-history-list").getItems()).hasSize(1);

        robot.clickOn("#sync-now");
        waitUntil(() -> text("#sync-result").startsWith("Sincronitzat: 1 canvi enviat"));
        jordi.syncOk();
        assertThat(jordi.person(omar).getPhone()).isEqualTo("611 222 333");
    }

    @Test
    void breakingTheGlassShowsTheOtherTeamsCaseFileAtOnceReadOnlyWithItsBanner() throws Exception {
        UUID caseFile = jordi.newPerson("Quim", "Bosch").caseFileId();
        jordi.syncOk();
        String number = Stores.of(jordi.w).read(tx -> tx.cases().find(cat.teixit.model.casefile.CaseFile.class,
                caseFile)).orElseThrow().getNumber();

        // pau works in another team (SALT) than jordi (GIR-N).
        logIn("pau", CentralServer.PASSWORD);
        waitFor("#header-emergency");
        robot.clickOn("#header-emergency");
        waitFor("#emergency-case-file");
        robot.clickOn("#emergency-case-file").write(number);
        robot.clickOn("#emergency-reason").write("El senyor Bosch és a la nostra oficina i necessita el seu pla avui");
        robot.clickOn("#emergency-open");
        // Granted, fetched by a sync and shown at once (no new sign-in), read only, with the banner.
        waitUntil(() -> robot.lookup("#casefile-view").tryQuery().isPresent() || answered());
        assertThat(robot.lookup("#casefile-view").tryQuery()).as(() -> "the dialog said: " + text("#emergency-message"))
                .isPresent();
        assertThat(text("#casefile-name")).isEqualTo("Quim Bosch");
        assertThat(text("#casefile-emergency")).startsWith("Accés d’emergència: aquest expedient d’un altre equip");
        assertThat(robot.lookup("#emergency-case-file").tryQuery()).as("the dialog has closed").isEmpty();
        assertThat(robot.lookup(".alert-chip").queryAll()).extracting(n -> ((Labeled) n).getText())
                .contains("Només lectura: és d’un altre equip");
        assertThat(shown(find("#casefile-close"))).as("no actions on a case file seen in an emergency").isFalse();
    }

    /** The emergency dialog shows an answer other than "granted, fetching…". */
    private boolean answered() {
        return robot.lookup("#emergency-message").tryQuery().map(n -> ((Labeled) n).getText())
                .filter(t -> !t.isEmpty() && !t.endsWith("…")).isPresent();
    }

    @Test
    void anotherTeamsCaseFileGrantedReadOnlyOpensWithoutFormsOrActions() throws Exception {
        jordi.newPerson("Berta", "Casadevall");
        jordi.syncOk();
        server.grant("pau", "GIR-N", false);
        try {
            logIn("pau", CentralServer.PASSWORD);
            waitFor("#nav-sync");
            robot.clickOn("#nav-sync");
            waitFor("#sync-now");
            robot.clickOn("#sync-now");
            waitUntil(() -> text("#sync-result").startsWith("Sincronitzat"));

            robot.clickOn("#search-field").write("berta casadevall");
            waitUntil(() -> ((ListView<?>) find("#search-results")).getItems().size() == 1);
            robot.type(KeyCode.ENTER);
            waitFor("#casefile-view");
            assertThat(text("#casefile-name")).isEqualTo("Berta Casadevall");
            assertThat(robot.lookup(".alert-chip").queryAll()).extracting(n -> ((Labeled) n).getText())
                    .contains("Només lectura: és d’un altre equip");
            javafx.scene.control.TabPane tabs = find("#casefile-tabs");
            String[][] actionsByTab = {{"#casefile-close", "#casefile-professionals", "#intervention-notes"},
                {"#household-add"}, {"#plan-create"}, {"#resource-propose"}, {"#referral-send"}, {"#documents-add"}};
            for (int t = 0; t < actionsByTab.length; t++) {
                int tab = t;
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                for (String action : actionsByTab[t]) {
                    waitUntil(() -> robot.lookup(action).tryQuery().isPresent());
                    assertThat(shown(find(action))).as(action + " on a read-only case file").isFalse();
                }
            }
        } finally {
            server.revoke("pau", "GIR-N");
        }
    }

    /** Whether {@code node} and every parent up to the scene's root are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
