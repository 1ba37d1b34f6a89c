package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.security.LockSettings;
import cat.teixit.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** An idle time the local administrator manages applies, and Settings shows it without letting it change. */
class ManagedIdleLockGuiTest extends GuiTestBase {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-05T09:00:00Z"));

    @Override
    protected Clock lockClock() {
        return clock;
    }

    @Override
    protected void beforeOpen(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"),
                LockSettings.IDLE_MINUTES + "=2\nlocked=" + LockSettings.IDLE_MINUTES + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void theManagedTimeLocksAndSettingsShowsItReadOnly() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("#settings-view");
        Spinner<?> idle = find("#settings-idle-minutes");
        assertThat(idle.isDisabled()).isTrue();
        assertThat(idle.getValue()).isEqualTo(2);
        assertThat(text("#settings-idle-note")).isEqualTo("Fixat per l’administració d’aquest equip.");
        clock.millis += Duration.ofMinutes(2).toMillis();
        waitUntil(() -> robot.lookup("#lock-view").tryQuery().map(Node::isVisible).orElse(false));
    }
}
