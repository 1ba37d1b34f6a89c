package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.testing.ManagedSettingsOverride;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keys the IT department's managed settings file locks show in Settings disabled, with the managed note. */
class ManagedSettingsGuiTest extends GuiTestBase {

    private ManagedSettingsOverride managedFile;

    @Override
    protected void beforeOpen(Path dataDir) throws Exception {
        Path managed = dataDir.resolveSibling(dataDir.getFileName() + "-etc").resolve("teixit.properties");
        Files.createDirectories(managed.getParent());
        Files.writeString(managed, """
                security.idleLockMinutes=7
                ui.language=ca
                locked=security.idleLockMinutes,ui.language
                """, StandardCharsets.UTF_8);
        // A user's own value of a locked key is ignored.
        Files.writeString(dataDir.resolve("settings.properties"), "security.idleLockMinutes=30\nui.language=en\n",
                StandardCharsets.UTF_8);
        managedFile = new ManagedSettingsOverride(managed);
    }

    @AfterEach
    void restore() {
        managedFile.close();
    }

    @Test
    void aLockedKeyIsDisabledAndSaysTheItDepartmentManagesIt() throws Exception {
        enterAsLaia();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitFor("#settings-view");
        Spinner<?> idle = find("#settings-idle-minutes");
        assertThat(idle.isDisabled()).isTrue();
        assertThat(idle.getValue()).isEqualTo(7);
        assertThat(text("#settings-idle-note")).isEqualTo("Gestionat pel departament d’informàtica");
        ComboBox<?> language = find("#settings-language");
        assertThat(language.isDisabled()).isTrue();
        assertThat(text("#settings-language-note")).isEqualTo("Gestionat pel departament d’informàtica");
        ComboBox<?> theme = find("#settings-theme");
        assertThat(theme.isDisabled()).isFalse();
        assertThat(robot.lookup("#settings-theme-note").tryQuery()).isEmpty();
    }
}
