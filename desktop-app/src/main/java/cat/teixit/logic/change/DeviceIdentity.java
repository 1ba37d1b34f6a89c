package cat.teixit.logic.change;

import cat.teixit.model.sync.Device;
import cat.teixit.persistence.LocalStore;
import java.time.Clock;

/** Creates this installation's device row (id and secret key) on first use and builds its hybrid clock. Thread-safe. */
public final class DeviceIdentity {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private DeviceIdentity() {
    }

    /** The device's clock, continuing from the last value it issued (never backwards across restarts). */
    public static HybridClock clockFor(LocalStore store, Clock wall) {
        Device device = store.write(tx -> tx.device().find().orElseGet(() -> {
            Device d = new Device(Ids.newId().toString(), wall.instant(), newDeviceKey());
            tx.device().save(d);
            return d;
        }));
        return new HybridClock(wall, device.getId(), device.getHlcWall(), device.getHlcCounter());
    }

    /** 32 random bytes in hex, as the store's migration makes them for devices created before keys. */
    static String newDeviceKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }
}
