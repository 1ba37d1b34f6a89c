package cat.teixit.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A wall clock the test moves by hand (UTC); another thread reads the latest time. One thread moves it. */
public final class ManualClock extends Clock {

    /** The time it tells, in epoch milliseconds. */
    public volatile long millis;

    public ManualClock(long millis) {
        this.millis = millis;
    }

    public ManualClock(Instant now) {
        this(now.toEpochMilli());
    }

    public void set(Instant now) {
        millis = now.toEpochMilli();
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }
}
