package cat.teixit.model.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Hybrid logical clock value: wall-clock milliseconds, a counter for events in the same millisecond,
 * and the device that made it. Its text form sorts in clock order. Immutable.
 */
public record Hlc(long wallMillis, int counter, String deviceId) implements Comparable<Hlc> {

    private static final Pattern TEXT = Pattern.compile("[0-9a-f]{13}-[0-9a-f]{4}-[0-9A-Za-z-]{1,64}");

    public Hlc {
        if (wallMillis < 0 || wallMillis > 0xF_FFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("wall clock out of range");
        }
        if (counter < 0 || counter > 0xFFFF) {
            throw new IllegalArgumentException("counter out of range");
        }
        Objects.requireNonNull(deviceId, "deviceId");
    }

    /** Parses the form written by {@link #toString()}. */
    public static Hlc parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a hybrid logical clock value");
        }
        return new Hlc(Long.parseLong(text.substring(0, 13), 16), Integer.parseInt(text.substring(14, 18), 16),
                text.substring(19));
    }

    @Override
    public int compareTo(Hlc o) {
        int c = Long.compare(wallMillis, o.wallMillis);
        if (c == 0) {
            c = Integer.compare(counter, o.counter);
        }
        return c != 0 ? c : deviceId.compareTo(o.deviceId);
    }

    @Override
    public String toString() {
        return String.format("%013x-%04x-%s", wallMillis, counter, deviceId);
    }
}
