package cat.teixit.gui.shell;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.status.WorkstationStatus;
import cat.teixit.logic.sync.SyncService;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the main window around the tabs: who is logged in, where the data stands (pending changes,
 * demo store) and the sync (connection, running, last success) when a server is configured. Follows
 * the sync service from construction until {@link #dispose()}. Use from the FX thread.
 */
public final class MainViewModel {

    private final CurrentUser user;
    private final WorkstationStatus status;
    private final UiExecutor executor;
    private final SyncService sync;
    public final LongProperty pendingChanges = new SimpleLongProperty();
    public final BooleanProperty demoStore = new SimpleBooleanProperty();
    /** Where the connection with the server stands ({@code NOT_CONFIGURED} without a server). */
    public final ObjectProperty<SyncService.Connection> connection =
            new SimpleObjectProperty<>(SyncService.Connection.NOT_CONFIGURED);
    public final BooleanProperty syncing = new SimpleBooleanProperty();
    /** When the last sync ended well (null: never, or no server). */
    public final ObjectProperty<Instant> lastSync = new SimpleObjectProperty<>();
    /** Conflicts waiting for this workstation's decision (never hidden: the status bar shows them). */
    public final LongProperty openConflicts = new SimpleLongProperty();
    private final Consumer<SyncService.Status> listener;

    public MainViewModel(CurrentUser user, WorkstationStatus status, UiExecutor executor) {
        this(user, status, executor, null);
    }

    /** @param sync the sync service, or null when this workstation has no server */
    public MainViewModel(CurrentUser user, WorkstationStatus status, UiExecutor executor, SyncService sync) {
        this.user = user;
        this.status = status;
        this.executor = executor;
        this.sync = sync != null && sync.configured() ? sync : null;
        this.listener = s -> executor.onUiThread(() -> show(s));
        if (this.sync != null) {
            connection.set(SyncService.Connection.UNKNOWN);
            this.sync.addListener(listener);
        }
    }

    public CurrentUser user() {
        return user;
    }

    public boolean syncConfigured() {
        return sync != null;
    }

    /** Re-reads the local data's state in the background. */
    public void refresh() {
        record Snapshot(long pending, boolean demo, SyncService.Status sync) {
        }
        executor.run(() -> new Snapshot(status.pendingChanges(), status.isDemoStore(), sync == null ? null : sync.status()),
                s -> {
                    pendingChanges.set(s.pending());
                    demoStore.set(s.demo());
                    if (s.sync() != null) {
                        show(s.sync());
                    }
                }, e -> { /* keep the last known figures; the log has the cause */ });
    }

    private void show(SyncService.Status s) {
        connection.set(s.connection());
        syncing.set(s.running());
        lastSync.set(s.lastSuccessAt());
        pendingChanges.set(s.pendingChanges());
        openConflicts.set(s.openConflicts());
    }

    /** Stops following the sync (the main window closes). */
    public void dispose() {
        if (sync != null) {
            sync.removeListener(listener);
        }
    }
}
