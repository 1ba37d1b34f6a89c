package cat.teixit.logic.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Whether the session should be locked: after a time without input (read from the settings at every check, so a
 * change applies at once) or when asked (the shortcut). Driven by a {@link Clock} so tests move time instead of
 * sleeping; the window polls {@link #check()} every few seconds and reports input with {@link #touch()}.
 * Thread-safe.
 */
public final class IdleLock {

    private final Clock clock;
    private final Supplier<Duration> timeout;
    private Instant lastInput;
    private boolean locked;

    public IdleLock(Clock clock, Supplier<Duration> timeout) {
        this.clock = clock;
        this.timeout = timeout;
        this.lastInput = clock.instant();
    }

    /** The user did something (a key, the mouse): the idle time starts again. Ignored while locked. */
    public synchronized void touch() {
        if (!locked) {
            lastInput = clock.instant();
        }
    }

    /** Locks now (the shortcut, or the idle time passed). */
    public synchronized void lock() {
        locked = true;
    }

    /** Locks if the idle time has passed; returns whether the session is locked. */
    public synchronized boolean check() {
        if (!locked && !clock.instant().isBefore(lastInput.plus(timeout.get()))) {
            locked = true;
        }
        return locked;
    }

    public synchronized boolean locked() {
        return locked;
    }

    /** The password was checked: the session is open again and the idle time starts again. */
    public synchronized void unlocked() {
        locked = false;
        lastInput = clock.instant();
    }
}
