package cat.teixit.logic.status;

import cat.teixit.model.sync.Device;
import cat.teixit.persistence.LocalStore;

/** What the status bar says about the local data: pending changes, demo store. Thread-safe. */
public final class WorkstationStatus {

    private final LocalStore store;

    public WorkstationStatus(LocalStore store) {
        this.store = store;
    }

    /** Changes recorded here and not yet accepted by the central system. */
    public long pendingChanges() {
        return store.read(tx -> tx.outbox().countPending());
    }

    /** What {@code teixit info} tells: accounts, teams, changes waiting, whether it is the demo store. */
    public record Counts(long users, long teams, long pendingChanges, boolean demo) {
    }

    /** The counts {@code teixit info} prints (no personal data). */
    public Counts counts() {
        return store.read(tx -> new Counts(tx.users().count(), tx.teams().all().size(), tx.outbox().countPending(),
                tx.device().find().map(Device::isDemo).orElse(false)));
    }

    /** True when this store holds the fictitious demo area. */
    public boolean isDemoStore() {
        return store.read(tx -> tx.device().find().map(Device::isDemo).orElse(false));
    }
}
