package cat.teixit.gui.settings;

import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Theme;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;

/**
 * The user's settings screen: language and theme apply at once. The properties are the
 * application's own (the composition root remembers their changes). Use from the FX thread.
 */
public final class SettingsViewModel {

    private final ObjectProperty<Language> language;
    private final ObjectProperty<Theme> theme;
    private final Path dataDir;
    private final String version;

    public SettingsViewModel(ObjectProperty<Language> language, ObjectProperty<Theme> theme, Path dataDir,
            String version) {
        this.language = language;
        this.theme = theme;
        this.dataDir = dataDir;
        this.version = version;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String version() {
        return version;
    }
}
