package cat.teixit.gui.settings;

import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.security.LockSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lombok.RequiredArgsConstructor;

/** The Settings area (language, theme, idle lock, where the data lives, version), at the foot of the sidebar. Thread-safe. */
@RequiredArgsConstructor
public final class SettingsSlice implements Slice {

    private final ThemeSwitcher theme;
    private final Path dataDir;
    private final String version;
    private final LockSettings lock;
    /** Whether the computer's managed settings file locks a key (Settings shows it read-only). */
    private final Predicate<String> managed;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        return Optional.of(Feature.of(new Area("settings", "area.settings", AppIcon.SETTINGS,
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), true, true,
                () -> new SettingsView(new SettingsViewModel(shell.i18n().languageProperty(), theme.themeProperty(),
                        dataDir, version, lock, managed, shell.user(), shell.executor()), shell.i18n()))));
    }
}
