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

    /**
     * The id of a record that is one per combination of others (an attendance mark per session and person), the
     * same on every device: two devices making it offline make the same record, which merges.
     */
    public static UUID derived(String entityType, UUID... parts) {
        StringBuilder key = new StringBuilder("teixit:").append(entityType);
        for (UUID p : parts) {
            key.append(':').append(p);
        }
        return UUID.nameUUIDFromBytes(key.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
