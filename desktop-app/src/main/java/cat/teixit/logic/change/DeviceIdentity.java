package cat.teixit.logic.change;

import cat.teixit.model.sync.Device;
import cat.teixit.persistence.LocalStore;
import java.time.Clock;

/** Creates this installation's device row on first use and builds its hybrid clock. Stateless. */
public final class DeviceIdentity {

    private DeviceIdentity() {
    }

    /** The device's clock, continuing from the last value it issued (never backwards across restarts). */
    public static HybridClock clockFor(LocalStore store, Clock wall) {
        Device device = store.write(tx -> tx.device().find().orElseGet(() -> {
            Device d = new Device(Ids.newId().toString(), wall.instant());
            tx.device().save(d);
            return d;
        }));
        return new HybridClock(wall, device.getId(), device.getHlcWall(), device.getHlcCounter());
    }
}
