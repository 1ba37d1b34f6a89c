package cat.teixit.logic.security;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.settings.ManagedSettingException;
import cat.teixit.logic.settings.Preferences;
import java.time.Duration;

/**
 * After how long without input the session locks, from the settings. Each user may change it in Settings unless
 * it is locked ({@link Preferences#lock}): locked in the data directory's settings by a local administrator, only
 * a user with {@link Permission#ADMINISTER} may; locked by the computer's managed settings file, nobody may from
 * Teixit. Thread-safe (the preferences are).
 */
public final class LockSettings {

    public static final String IDLE_MINUTES = "security.idleLockMinutes";
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

    /** True when the idle time is fixed for every user of this workstation (locally or by the managed file). */
    public boolean managed() {
        return preferences.lock(IDLE_MINUTES) != Preferences.Lock.NONE;
    }

    /** True when the computer's managed settings file (the IT department) fixes the idle time. */
    public boolean managedBySystem() {
        return preferences.managed(IDLE_MINUTES);
    }

    /** Whether {@code user} may change the idle time (Settings shows it read-only otherwise). */
    public boolean mayChange(CurrentUser user) {
        return switch (preferences.lock(IDLE_MINUTES)) {
            case NONE -> true;
            case LOCAL -> access.allows(user, Permission.ADMINISTER);
            case SYSTEM -> false;
        };
    }

    /**
     * Sets the idle minutes. Fails with {@link ManagedSettingException} when the managed settings file fixes it,
     * with {@link AccessDeniedException} when it is locked locally and the user may not administer, with a
     * validation error (field {@code idleMinutes}) outside {@value #MIN_MINUTES}..{@value #MAX_MINUTES}; nothing is
     * saved then.
     */
    public void setIdleMinutes(CurrentUser user, int minutes) {
        switch (preferences.lock(IDLE_MINUTES)) {
            case SYSTEM -> throw new ManagedSettingException(IDLE_MINUTES);
            case LOCAL -> access.require(user, Permission.ADMINISTER);
            case NONE -> { }
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            new ValidationErrors().add("idleMinutes", "lock.error.range", MIN_MINUTES, MAX_MINUTES).throwIfAny();
        }
        preferences.set(IDLE_MINUTES, Integer.toString(minutes));
    }

    /**
     * Fixes (or frees) the idle time for every user of this data directory ({@code locked=} in its settings); only
     * with {@link Permission#ADMINISTER}, and not when the managed settings file fixes it already.
     */
    public void setManaged(CurrentUser user, boolean managed) {
        access.require(user, Permission.ADMINISTER);
        preferences.setLocallyLocked(IDLE_MINUTES, managed);
    }
}
