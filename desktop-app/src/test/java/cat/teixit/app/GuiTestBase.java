package cat.teixit.app;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.SettingsFile;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole workstation on a temporary demo store for a GUI test, and closes it after. */
abstract class GuiTestBase {

    @TempDir
    Path dir;
    protected final FxRobot robot = new FxRobot();
    protected final AtomicInteger exitCode = new AtomicInteger(-1);
    protected GuiApplication app;
    protected Stage stage;
    protected CompletableFuture<Workstation> backend;

    /** Hook to put data in the store before the window opens. */
    protected void prepare(Workstation w) {
    }

    /** Hook to prepare the data directory (settings) before the store opens. */
    protected void beforeOpen(Path dataDir) throws Exception {
    }

    /** The clock of the session's idle lock (a test of the lock moves its own). */
    protected java.time.Clock lockClock() {
        return java.time.Clock.systemUTC();
    }

    @BeforeEach
    void start() throws Exception {
        beforeOpen(dir);
        stage = FxToolkit.registerPrimaryStage();
        backend = CompletableFuture.supplyAsync(() -> {
            try {
                Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
                prepare(w);
                return w;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Preferences prefs = new Preferences(new SettingsFile(dir));
        FxToolkit.setupFixture(() -> {
            app = new GuiApplication(dir, backend, prefs, StartupProbe.NONE, exitCode::set, lockClock());
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (exitCode.get() < 0) {
            FxToolkit.setupFixture(() -> {
                // Tests leave typed work behind on purpose; quitting must not stop on a dialog.
                app.quitWithoutAsking();
            });
        }
        // A window a test left open (a dialog, a document workbench, a signature pad) would cover the next test's
        // window, take its clicks or be taken for its own: every window but the primary stage is closed.
        FxToolkit.setupFixture(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w != stage)
                .forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exitCode.get()).isZero();
    }

    protected void logIn(String user, String password) {
        robot.clickOn("#login-username").eraseText(20).write(user);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
    }

    /** Logs in as the first demo account from the login screen and waits for the main window. */
    protected void enterAsLaia() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
    }

    /** Opens the new person form (Ctrl+N) and types the given name and the first surname. */
    protected void newPerson(String given, String surname1) throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        waitFor("#person-new-view");
        robot.clickOn("#person-givenName").write(given);
        robot.clickOn("#person-surname1").write(surname1);
    }

    /** Searches for {@code query}, which must find one person, and opens their case file. */
    protected void openCaseFile(String query) throws Exception {
        robot.clickOn("#search-field").eraseText(20).write(query);
        waitUntil(() -> ((javafx.scene.control.ListView<?>) find("#search-results")).getItems().size() == 1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor("#casefile-view");
    }

    protected <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    protected void waitFor(String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.isVisible()).orElse(false));
    }

    /**
     * Waits until {@code condition} holds. The condition reads the scene graph from the test's thread while the FX
     * thread may be changing it (a tab closing): a lookup that meets a list changing under it is asked again.
     */
    protected void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return condition.call();
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String text(String query) {
        return ((Labeled) find(query)).getText();
    }
}
