package cat.teixit.logic.security;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.settings.Preferences;
import java.time.Duration;

/**
 * After how long without input the session locks, from the data directory's settings. Each user may change
 * it in Settings unless the local administrator manages it ({@value #MANAGED}{@code =true}): then only a
 * user with {@link Permission#ADMINISTER} may. Thread-safe (the preferences are).
 */
public final class LockSettings {

    public static final String IDLE_MINUTES = "security.idleLockMinutes";
    public static final String MANAGED = "security.idleLockManaged";
    public static final int DEFAULT_MINUTES = 10;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 240;

    private final Preferences preferences;
    private final AccessPolicy access;

    public LockSettings(Preferences preferences, AccessPolicy access) {
        this.preferences = preferences;
        this.access = access;
    }

    /** The idle minutes; a missing or invalid value falls back to {@value #DEFAULT_MINUTES}. */
    public int idleMinutes() {
        try {
            int m = Integer.parseInt(preferences.get(IDLE_MINUTES, "").strip());
            return m >= MIN_MINUTES && m <= MAX_MINUTES ? m : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleMinutes());
    }

    /** True when the local administrator fixed the idle time for every user of this workstation. */
    public boolean managed() {
        return Boolean.parseBoolean(preferences.get(MANAGED, "false").strip());
    }

    /** Whether {@code user} may change the idle time (Settings shows it read-only otherwise). */
    public boolean mayChange(CurrentUser user) {
        return !managed() || access.allows(user, Permission.ADMINISTER);
    }

    /**
     * Sets the idle minutes. Fails with {@link AccessDeniedException} when the setting is managed and the user
     * may not administer, with a validation error (field {@code idleMinutes}) outside
     * {@value #MIN_MINUTES}..{@value #MAX_MINUTES}; nothing is saved then.
     */
    public void setIdleMinutes(CurrentUser user, int minutes) {
        if (managed()) {
            access.require(user, Permission.ADMINISTER);
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            new ValidationErrors().add("idleMinutes", "lock.error.range", MIN_MINUTES, MAX_MINUTES).throwIfAny();
        }
        preferences.set(IDLE_MINUTES, Integer.toString(minutes));
    }

    /** Fixes (or frees) the idle time for every user of this workstation; only with {@link Permission#ADMINISTER}. */
    public void setManaged(CurrentUser user, boolean managed) {
        access.require(user, Permission.ADMINISTER);
        preferences.set(MANAGED, Boolean.toString(managed));
    }
}
