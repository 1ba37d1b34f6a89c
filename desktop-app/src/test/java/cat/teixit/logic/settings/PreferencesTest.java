package cat.teixit.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.persistence.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToCatalanLightAndAWindowThatFitsALaptop() {
        Preferences p = new Preferences(new SettingsFile(dir));
        assertThat(p.language()).isEqualTo(Language.CATALAN);
        assertThat(p.theme()).isEqualTo(Theme.LIGHT);
        assertThat(p.window().width()).isLessThanOrEqualTo(1366);
    }

    @Test
    void remembersLanguageThemeAndWindowAcrossRestarts() {
        Preferences p = new Preferences(new SettingsFile(dir));
        p.setLanguage(Language.SPANISH);
        p.setTheme(Theme.DARK);
        p.setWindow(new WindowGeometry(10, 20, 1000, 700, true));
        Preferences again = new Preferences(new SettingsFile(dir));
        assertThat(again.language()).isEqualTo(Language.SPANISH);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.window()).isEqualTo(new WindowGeometry(10, 20, 1000, 700, true));
    }

    @Test
    void aDamagedSettingsFileFallsBackToDefaults() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.FILE_NAME), "ui.language=klingon\nui.window=a,b,c\n\\u12");
        Preferences p = new Preferences(new SettingsFile(dir));
        assertThat(p.language()).isEqualTo(Language.CATALAN);
        assertThat(p.window()).isEqualTo(WindowGeometry.DEFAULT);
    }
}
