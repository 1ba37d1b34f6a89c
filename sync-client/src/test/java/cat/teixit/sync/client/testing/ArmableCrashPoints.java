package cat.teixit.sync.client.testing;

import cat.teixit.sync.client.CrashPoints;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crash points a test arms: the n-th time the armed label is reached, it throws {@link SimulatedCrash}
 * (an in-process stand-in for kill -9 at that step; the store's transactions make it equivalent).
 * Thread-safe.
 */
public final class ArmableCrashPoints implements CrashPoints {

    /** Thrown at the armed crash point. */
    public static final class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(String label) {
            super("simulated crash at " + label);
        }
    }

    private volatile String armed;
    private final AtomicInteger remaining = new AtomicInteger();

    /** Crash the {@code occurrence}-th time (1 = first) {@code label} is reached. */
    public void arm(String label, int occurrence) {
        remaining.set(occurrence);
        armed = label;
    }

    public void disarm() {
        armed = null;
    }

    @Override
    public void reached(String label) {
        if (label.equals(armed) && remaining.decrementAndGet() == 0) {
            armed = null;
            throw new SimulatedCrash(label);
        }
    }
}
