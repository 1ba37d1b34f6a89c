package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole workstation on a temporary demo store, driven as a professional would. */
@Tag("gui")
class WorkstationGuiTest extends GuiTestBase {

    @Test
    void aDemoUserLogsInToTheCatalanMainWindowAndVisitsEveryArea() throws Exception {
        waitFor("#login-demo-hint");
        assertThat(text("#login-demo-hint")).contains("laia").contains(DemoSeeder.DEMO_PASSWORD);
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#home-greeting");

        assertThat(text("#home-greeting")).contains("Laia");
        assertThat(text("#nav-home")).isEqualTo("Inici");
        assertThat(text("#nav-settings")).isEqualTo("Configuració");
        assertThat(text("#status-team")).contains("EBASP Girona Nord");
        assertThat(text("#status-pending")).isEqualTo("Cap canvi pendent");
        assertThat(text("#status-connection")).isEqualTo("Sense servidor de sincronització");

        for (String area : List.of("settings", "home")) {
            robot.clickOn("#nav-" + area);
            WaitForAsyncUtils.waitForFxEvents();
            TabPane tabs = find("#workspace");
            assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-area-" + area);
        }
        assertThat(robot.lookup("#settings-view").tryQuery()).isPresent();
    }

    @Test
    void switchingTheLanguageRelabelsTheWindowAndIsRemembered() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.clickOn("#nav-settings");
        waitFor("#settings-language");
        ComboBox<Language> language = find("#settings-language");
        robot.interact(() -> language.setValue(Language.SPANISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#nav-home")).isEqualTo("Inicio");
        assertThat(text("#nav-settings")).isEqualTo("Configuración");
        assertThat(text("#status-pending")).isEqualTo("Ningún cambio pendiente");

        robot.interact(() -> language.setValue(Language.CATALAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#nav-home")).isEqualTo("Inici");

        robot.interact(() -> language.setValue(Language.SPANISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(dir.resolve(SettingsFile.FILE_NAME))
                        && Files.readString(dir.resolve(SettingsFile.FILE_NAME)).contains("ui.language=es"));
    }

    @Test
    void aWrongPasswordShowsATranslatedMessageAndStaysOnTheLoginScreen() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", "contrasenya-dolenta");
        waitFor("#login-error");
        assertThat(text("#login-error")).isEqualTo("L’usuari o la contrasenya no són correctes.");
        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();
        // The right one then enters.
        robot.clickOn("#login-password").eraseText(30);
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
    }

    @Test
    void keyboardShortcutsOpenAndCloseTabsAndLogOut() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("#settings-view");
        TabPane tabs = find("#workspace");
        assertThat(tabs.getTabs()).hasSize(2);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).hasSize(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("#login-username");
        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();
    }

    @Test
    void ctrlQAfterLoggingInQuitsTheApplication() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("#settings-view");

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);

        waitUntil(() -> exitCode.get() == 0);
        assertThat(stage.isShowing()).as("the window is gone, not left blank").isFalse();
    }

    @Test
    void ctrlQOnTheLoginScreenQuits() throws Exception {
        waitFor("#login-demo-hint");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> exitCode.get() == 0);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void logOutThenLogInAgainKeepsEveryShortcutWorking() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("#login-username");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");

        // Search (Ctrl+K) takes the focus to the box in the header.
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isNotNull();
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("search-field");
        // Ctrl+2 opens the case files, Ctrl+W closes the tab.
        TabPane tabs = find("#workspace");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> tabs.getTabs().size() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> tabs.getTabs().size() == 1);
        // F1 lists every shortcut, quitting included, in a sheet that closes with Escape.
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitFor("#shortcut-sheet");
        assertThat(robot.lookup("#shortcut-sheet .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()).contains("Surt de Teixit", "Tanca la sessió");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#shortcut-sheet").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> exitCode.get() == 0);
        assertThat(stage.isShowing()).isFalse();
    }
}
