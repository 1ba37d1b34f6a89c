package cat.teixit.logic.change;

import cat.teixit.model.common.Hlc;
import cat.teixit.persistence.sync.DesktopSyncStore;
import java.time.Clock;

/**
 * Issues hybrid-logical-clock values for this device: never backwards, even when the wall clock is
 * set back, and ahead of every remote value it has seen. Thread-safe.
 */
public final class HybridClock implements DesktopSyncStore.SyncClock {

    /**
     * How far ahead of this device's wall clock an observed value is followed: a forged or wildly wrong HLC
     * from elsewhere is taken as this far ahead, never further (the server refuses ops more than 5 minutes
     * ahead of its own clock, docs/sync-protocol.md §4).
     */
    public static final long MAX_OBSERVED_DRIFT_MILLIS = 5 * 60 * 1000L;
    private static final long MAX_WALL = 0xF_FFFF_FFFF_FFFFL;

    private final Clock wall;
    private final String deviceId;
    private long lastWall;
    private int lastCounter;

    public HybridClock(Clock wall, String deviceId, long lastWall, int lastCounter) {
        this.wall = wall;
        this.deviceId = deviceId;
        this.lastWall = lastWall;
        this.lastCounter = lastCounter;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    /** The next value for a local event. */
    public synchronized Hlc tick() {
        long now = wall.millis();
        if (now > lastWall) {
            lastWall = now;
            lastCounter = 0;
        } else {
            advanceCounter();
        }
        return new Hlc(lastWall, lastCounter, deviceId);
    }

    /**
     * Moves the clock past a value received from elsewhere, but never more than
     * {@link #MAX_OBSERVED_DRIFT_MILLIS} ahead of the wall clock: one forged value must not carry this device's
     * clock to the end of its range, where no local change could be stamped any more.
     */
    public synchronized void observe(Hlc remote) {
        long now = wall.millis();
        long cap = now + MAX_OBSERVED_DRIFT_MILLIS;
        if (remote.wallMillis() > cap) {
            remote = new Hlc(cap, 0, remote.deviceId());
        }
        long max = Math.max(now, Math.max(lastWall, remote.wallMillis()));
        if (max == lastWall && max == remote.wallMillis()) {
            lastCounter = Math.max(lastCounter, remote.counter());
            advanceCounter();
        } else if (max == lastWall) {
            advanceCounter();
        } else if (max == remote.wallMillis()) {
            lastWall = max;
            lastCounter = remote.counter();
            advanceCounter();
        } else {
            lastWall = max;
            lastCounter = 0;
        }
    }

    /** Moves the clock past a value received from the central system (text form); an invalid one is ignored. */
    @Override
    public void observe(String remote) {
        try {
            observe(Hlc.parse(remote));
        } catch (IllegalArgumentException e) {
            // The protocol validates every HLC; nothing to learn from a malformed one.
        }
    }

    private void advanceCounter() {
        if (lastCounter == 0xFFFF && lastWall >= MAX_WALL) {
            // Only a value adopted before the cap above gets here: start again from the wall clock rather than
            // refuse every local change for good.
            lastWall = wall.millis();
            lastCounter = 0;
        } else if (lastCounter == 0xFFFF) {
            lastWall++;
            lastCounter = 0;
        } else {
            lastCounter++;
        }
    }

    @Override
    public synchronized long lastWall() {
        return lastWall;
    }

    @Override
    public synchronized int lastCounter() {
        return lastCounter;
    }
}
