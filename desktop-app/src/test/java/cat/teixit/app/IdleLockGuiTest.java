package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.testing.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The session locks after the idle time (on a clock the test moves: no waiting ten minutes) and on Ctrl+L; the
 * window's content is hidden and its shortcuts are gone while locked; only the user's password opens it, and what
 * was typed and not saved is still there.
 */
class IdleLockGuiTest extends GuiTestBase {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T09:00:00Z"));

    @Override
    protected Clock lockClock() {
        return clock;
    }

    boolean locked() {
        return robot.lookup("#lock-view").tryQuery().map(Node::isVisible).orElse(false);
    }

    void unlockWith(String password) {
        robot.clickOn("#lock-password").write(password);
        robot.clickOn("#lock-submit");
    }

    @Test
    void idleForTenMinutesLocksAndTheRightPasswordBringsBackWhatWasTyped() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitFor("#person-new-view");
        robot.clickOn("#person-givenName").write("Jordina");

        clock.millis += Duration.ofMinutes(LockSettings.DEFAULT_MINUTES).toMillis();
        waitUntil(this::locked);
        assertThat(find("#main-view").isVisible()).as("nothing of the work shows").isFalse();
        // The window's shortcuts are gone while locked: Ctrl+N opens no form behind the lock.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertThat(robot.lookup("#person-new-view").queryAll()).hasSize(1);

        unlockWith("not-the-password");
        waitUntil(() -> !text("#lock-error").isEmpty());
        assertThat(text("#lock-error")).isEqualTo("La contrasenya no és correcta.");
        assertThat(locked()).isTrue();
        assertThat(find("#main-view").isVisible()).isFalse();

        unlockWith(DemoSeeder.DEMO_PASSWORD);
        waitUntil(() -> !locked());
        assertThat(find("#main-view").isVisible()).isTrue();
        assertThat(((TextField) find("#person-givenName")).getText()).isEqualTo("Jordina");
    }

    @Test
    void ctrlLLocksAtOnceAndTheIdleTimeStartsAgainAfterUnlocking() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(this::locked);
        assertThat(text("#lock-user")).startsWith("Laia Puig Ferrer");
        unlockWith(DemoSeeder.DEMO_PASSWORD);
        waitUntil(() -> !locked());
        // The lock screen comes back empty, without the old message or password.
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(this::locked);
        assertThat(((TextField) find("#lock-password")).getText()).isEmpty();
        unlockWith(DemoSeeder.DEMO_PASSWORD);
        waitUntil(() -> !locked());
    }

    @Test
    void aShorterIdleTimeChosenInSettingsIsSavedAndApplies() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("#settings-view");
        Spinner<Integer> idle = find("#settings-idle-minutes");
        assertThat(idle.isDisabled()).isFalse();
        assertThat(idle.getValue()).isEqualTo(LockSettings.DEFAULT_MINUTES);
        robot.interact(() -> idle.getValueFactory().setValue(3));
        Path file = dir.resolve("settings.properties");
        waitUntil(() -> Files.exists(file) && Files.readString(file).contains(LockSettings.IDLE_MINUTES + "=3"));
        clock.millis += Duration.ofMinutes(3).toMillis();
        waitUntil(this::locked);
    }

    @Test
    void aWindowOpenedOverTheMainOneIsHiddenWhileLockedAndComesBack() throws Exception {
        enterAsLaia();
        AtomicReference<Stage> child = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            s.initOwner(stage);
            s.initModality(Modality.WINDOW_MODAL);
            Label data = new Label("Núria Pagès Muñoz, 12345678Z");
            data.setId("child-data");
            s.setScene(new Scene(new StackPane(data), 300, 200));
            s.show();
            child.set(s);
        });
        clock.millis += Duration.ofMinutes(LockSettings.DEFAULT_MINUTES).toMillis();
        waitUntil(this::locked);
        assertThat(child.get().isShowing()).as("nothing of a case shows over the lock").isFalse();
        unlockWith(DemoSeeder.DEMO_PASSWORD);
        waitUntil(() -> !locked());
        assertThat(child.get().isShowing()).isTrue();
        assertThat(text("#child-data")).isEqualTo("Núria Pagès Muñoz, 12345678Z");
        robot.interact(() -> child.get().close());
    }

    @Test
    void someoneElseCanLogOutFromTheLockScreen() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(this::locked);
        robot.clickOn("#lock-logout");
        waitFor("#login-username");
        assertThat(robot.lookup("#lock-view").tryQuery()).isEmpty();
        logIn("jordi", DemoSeeder.DEMO_PASSWORD);
        waitFor("#main-view");
    }
}
