package cat.teixit.logic.change;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/** Ids for synced records: UUIDv7, made on the device, time-ordered. Thread-safe. */
public final class Ids {

    private Ids() {
    }

    public static UUID newId() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
