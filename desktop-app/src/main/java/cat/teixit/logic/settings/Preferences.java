package cat.teixit.logic.settings;

import cat.teixit.persistence.SettingsFile;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings for this data directory (language, theme, window), backed by
 * {@code settings.properties}. Unknown or invalid values fall back to defaults. Thread-safe.
 */
public final class Preferences {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String WINDOW = "ui.window";

    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);

    private final SettingsFile file;
    private final Properties values;

    public Preferences(SettingsFile file) {
        this.file = file;
        this.values = file.load();
    }

    public synchronized Language language() {
        return Language.fromTag(values.getProperty(LANGUAGE)).orElse(Language.CATALAN);
    }

    public synchronized void setLanguage(Language language) {
        values.setProperty(LANGUAGE, language.tag());
        persist();
    }

    public synchronized Theme theme() {
        return "dark".equalsIgnoreCase(values.getProperty(THEME, "").strip()) ? Theme.DARK : Theme.LIGHT;
    }

    public synchronized void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name().toLowerCase(java.util.Locale.ROOT));
        persist();
    }

    public synchronized WindowGeometry window() {
        String v = values.getProperty(WINDOW);
        if (v == null) {
            return WindowGeometry.DEFAULT;
        }
        String[] p = v.split(",");
        try {
            WindowGeometry g = new WindowGeometry(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
            return g.width() >= 400 && g.height() >= 300 ? g : WindowGeometry.DEFAULT;
        } catch (RuntimeException e) {
            return WindowGeometry.DEFAULT;
        }
    }

    public synchronized void setWindow(WindowGeometry g) {
        values.setProperty(WINDOW, g.x() + "," + g.y() + "," + g.width() + "," + g.height() + "," + g.maximized());
        persist();
    }

    /** A raw setting, for configuration keys documented in the README. */
    public synchronized String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    /** Sets a raw setting (a configuration key documented in the README) and saves the file. */
    public synchronized void set(String key, String value) {
        values.setProperty(key, value);
        persist();
    }

    private void persist() {
        try {
            file.save(values);
        } catch (IOException e) {
            LOG.warn("Could not save settings: {}", e.getMessage());
        }
    }
}
