package cat.teixit.gui.settings;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.ManagedSettingException;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.settings.Theme;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The user's settings screen: language and theme apply at once. The properties are the
 * application's own (the composition root remembers their changes). A setting the computer's managed settings
 * file locks is read-only, with the note {@value #MANAGED_NOTE}. Use from the FX thread.
 */
public final class SettingsViewModel {

    /** The note beside a setting the IT department's managed settings file fixes. */
    public static final String MANAGED_NOTE = "settings.managed";

    public final ObjectProperty<Language> language;
    public final ObjectProperty<Theme> theme;
    private final Path dataDir;
    private final String version;
    private final LockSettings lock;
    private final CurrentUser user;
    private final UiExecutor executor;
    /** Minutes without input before the session locks. */
    public final IntegerProperty idleMinutes = new SimpleIntegerProperty();
    /** False when the local administrator manages the idle time (and this user may not administer). */
    public final BooleanProperty idleEditable = new SimpleBooleanProperty();
    /** Translation key of why the last change of the idle time was refused, or null. */
    public final ObjectProperty<String> idleErrorKey = new SimpleObjectProperty<>();
    /** True when the IT department's managed settings file fixes the idle time (not only a local administrator). */
    public final BooleanProperty idleManagedBySystem = new SimpleBooleanProperty();
    /** True when the managed settings file fixes the language: the choice is read-only. */
    public final BooleanProperty languageManaged = new SimpleBooleanProperty();
    /** True when the managed settings file fixes the appearance: the choice is read-only. */
    public final BooleanProperty themeManaged = new SimpleBooleanProperty();

    /**
     * @param lock    the idle lock's settings (the application's own preferences), changed as {@code user}, on the
     *                disk through {@code executor}
     * @param managed whether the computer's managed settings file locks a key
     */
    public SettingsViewModel(ObjectProperty<Language> language, ObjectProperty<Theme> theme, Path dataDir,
            String version, LockSettings lock, Predicate<String> managed, CurrentUser user, UiExecutor executor) {
        this.language = language;
        this.theme = theme;
        this.dataDir = dataDir;
        this.version = version;
        this.lock = lock;
        this.user = user;
        this.executor = executor;
        idleMinutes.set(lock.idleMinutes());
        idleEditable.set(lock.mayChange(user));
        idleManagedBySystem.set(lock.managedBySystem());
        languageManaged.set(managed.test(Preferences.LANGUAGE));
        themeManaged.set(managed.test(Preferences.THEME));
    }

    /** Saves a new idle time; a refused one shows its reason and the field goes back to the saved value. */
    public void setIdleMinutes(int minutes) {
        if (minutes == lock.idleMinutes()) {
            return;
        }
        executor.run(() -> {
            lock.setIdleMinutes(user, minutes);
            return minutes;
        }, saved -> {
            idleErrorKey.set(null);
            idleMinutes.set(saved);
        }, failure -> {
            idleErrorKey.set(failure instanceof ManagedSettingException ? MANAGED_NOTE
                    : failure instanceof AccessDeniedException ? "lock.error.managed"
                    : failure instanceof ValidationException ? "lock.error.range" : "lock.error.save");
            idleMinutes.set(lock.idleMinutes());
            idleEditable.set(lock.mayChange(user));
            idleManagedBySystem.set(lock.managedBySystem());
        });
    }

    public static int minIdleMinutes() {
        return LockSettings.MIN_MINUTES;
    }

    public static int maxIdleMinutes() {
        return LockSettings.MAX_MINUTES;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String version() {
        return version;
    }
}
