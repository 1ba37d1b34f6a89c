package cat.teixit.logic.settings;

import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of this data directory (language, theme, window, the keys documented in the README), backed by
 * {@code settings.properties}, over the computer's managed settings ({@link ManagedSettingsFile}, written by the IT
 * department). A value comes from, in this order: the managed file when it locks the key; the data directory's
 * file; the managed file as a default; the built-in default. Both files may list keys in {@value #LOCKED}
 * ({@code locked=key1,key2}): locked by the managed file, nobody changes the key from Teixit ({@link Lock#SYSTEM});
 * locked by the data directory's file, only a local administrator does ({@link Lock#LOCAL}, see
 * {@code LockSettings}). Unknown or invalid values fall back to defaults. Thread-safe.
 */
public final class Preferences {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";
    public static final String WINDOW = "ui.window";
    /** The key listing locked keys, comma-separated, in either file. */
    public static final String LOCKED = "locked";
    /** Before {@value #LOCKED}: {@code true} locked the idle time locally. Read as {@code locked=security.idleLockMinutes}. */
    private static final String LEGACY_IDLE_MANAGED = "security.idleLockManaged";
    private static final String LEGACY_IDLE_KEY = "security.idleLockMinutes";

    /** Who fixed a setting. */
    public enum Lock {
        /** Each user may change it. */
        NONE,
        /** The data directory's file locks it: a local administrator changes it. */
        LOCAL,
        /** The computer's managed file locks it: nobody changes it from Teixit (the IT department's file does). */
        SYSTEM
    }

    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);

    private final SettingsFile file;
    private final Properties values;
    private final Properties managed;
    private final Set<String> systemLocked;

    /** The data directory's settings over this computer's managed file ({@link ManagedSettingsFile#system()}). */
    public Preferences(SettingsFile file) {
        this(file, ManagedSettingsFile.system());
    }

    public Preferences(SettingsFile file, ManagedSettingsFile managedFile) {
        this.file = file;
        this.values = file.load();
        this.managed = managedFile.load();
        this.systemLocked = keys(managed.getProperty(LOCKED));
    }

    private static Set<String> keys(String list) {
        if (list == null) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Who fixed {@code key}: the managed file first, then the data directory's file. */
    public synchronized Lock lock(String key) {
        if (systemLocked.contains(key)) {
            return Lock.SYSTEM;
        }
        return localLocks().contains(key) ? Lock.LOCAL : Lock.NONE;
    }

    /** True when the managed file locks {@code key}: Teixit shows it and never changes it. */
    public boolean managed(String key) {
        return lock(key) == Lock.SYSTEM;
    }

    /**
     * Locks {@code key} in the data directory's file (or frees it); the caller checks who may. Fails with
     * {@link ManagedSettingException} when the managed file already locks it.
     */
    public synchronized void setLocallyLocked(String key, boolean locked) {
        refuseIfManaged(key);
        Set<String> local = localLocks();
        if (locked ? local.add(key) : local.remove(key)) {
            if (local.isEmpty()) {
                values.remove(LOCKED);
            } else {
                values.setProperty(LOCKED, String.join(",", local));
            }
        }
        values.remove(LEGACY_IDLE_MANAGED);
        persist();
    }

    private Set<String> localLocks() {
        Set<String> local = new LinkedHashSet<>(keys(values.getProperty(LOCKED)));
        if (Boolean.parseBoolean(values.getProperty(LEGACY_IDLE_MANAGED, "false").strip())) {
            local.add(LEGACY_IDLE_KEY);
        }
        return local;
    }

    private void refuseIfManaged(String key) {
        if (systemLocked.contains(key)) {
            throw new ManagedSettingException(key);
        }
    }

    public synchronized Language language() {
        return Language.fromTag(get(LANGUAGE, null)).orElse(Language.CATALAN);
    }

    public synchronized void setLanguage(Language language) {
        set(LANGUAGE, language.tag());
    }

    public synchronized Theme theme() {
        return "dark".equalsIgnoreCase(get(THEME, "").strip()) ? Theme.DARK : Theme.LIGHT;
    }

    public synchronized void setTheme(Theme theme) {
        set(THEME, theme.name().toLowerCase(java.util.Locale.ROOT));
    }

    public synchronized WindowGeometry window() {
        String v = get(WINDOW, null);
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
        set(WINDOW, g.x() + "," + g.y() + "," + g.width() + "," + g.height() + "," + g.maximized());
    }

    /**
     * A raw setting, for configuration keys documented in the README: the managed value of a key the managed file
     * locks (the built-in {@code fallback} when it locks the key without a value), else the data directory's value,
     * else the managed file's default, else {@code fallback}.
     */
    public synchronized String get(String key, String fallback) {
        String system = managed.getProperty(key);
        if (systemLocked.contains(key)) {
            return system != null ? system : fallback;
        }
        String own = values.getProperty(key);
        if (own != null) {
            return own;
        }
        return system != null ? system : fallback;
    }

    /**
     * Sets a raw setting (a configuration key documented in the README) and saves the file. Fails with
     * {@link ManagedSettingException}, changing nothing, when the managed file locks the key.
     */
    public synchronized void set(String key, String value) {
        refuseIfManaged(key);
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
