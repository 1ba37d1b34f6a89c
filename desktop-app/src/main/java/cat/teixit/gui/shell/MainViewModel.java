package cat.teixit.gui.shell;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.status.WorkstationStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/** State of the main window around the tabs: who is logged in, where the data stands. Use from the FX thread. */
public final class MainViewModel {

    private final CurrentUser user;
    private final WorkstationStatus status;
    private final UiExecutor executor;
    private final LongProperty pendingChanges = new SimpleLongProperty();
    private final BooleanProperty demoStore = new SimpleBooleanProperty();

    public MainViewModel(CurrentUser user, WorkstationStatus status, UiExecutor executor) {
        this.user = user;
        this.status = status;
        this.executor = executor;
    }

    public CurrentUser user() {
        return user;
    }

    public LongProperty pendingChangesProperty() {
        return pendingChanges;
    }

    public BooleanProperty demoStoreProperty() {
        return demoStore;
    }

    /** Re-reads the local data's state in the background. */
    public void refresh() {
        record Snapshot(long pending, boolean demo) {
        }
        executor.run(() -> new Snapshot(status.pendingChanges(), status.isDemoStore()), s -> {
            pendingChanges.set(s.pending());
            demoStore.set(s.demo());
        }, e -> { /* keep the last known figures; the log has the cause */ });
    }
}
