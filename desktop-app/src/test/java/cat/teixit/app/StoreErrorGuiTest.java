package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.persistence.StoreOpenException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store that cannot be opened at once (another Teixit holds it): the window starts, then says why in
 * the user's language, and the process ends with the documented exit code when the user closes it.
 */
@Tag("gui")
class StoreErrorGuiTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();

    @Test
    void aStoreLockedByAnotherTeixitIsExplainedAfterTheWindowHasStarted() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicInteger exit = new AtomicInteger(-1);
        CompletableFuture<Workstation> locked = CompletableFuture.failedFuture(
                new StoreOpenException(StoreOpenException.Reason.LOCKED, "data directory in use by another Teixit", null));
        // Before the fix, start() opened the dialog's nested loop itself: the toolkit never drew it, and
        // setupFixture timed out waiting for start() to return.
        FxToolkit.setupFixture(() -> new GuiApplication(dir, locked, new Preferences(new SettingsFile(dir)),
                StartupProbe.NONE, exit::set).start(stage));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        assertThat(pane.getHeaderText()).isEqualTo("No es poden obrir les dades de Teixit");
        assertThat(pane.getContentText()).contains("Teixit ja està obert amb aquestes dades").contains(dir.toString());

        javafx.scene.control.Button ok = (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().getFirst());
        assertThat(ok.getText()).isEqualTo("D’acord");
        FxToolkit.setupFixture(ok::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exit.get() >= 0);
        assertThat(exit.get()).isEqualTo(ExitCodes.LOCKED);
    }

    private DialogPane dialog() {
        for (Window w : robot.listWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                return pane;
            }
        }
        return null;
    }
}
