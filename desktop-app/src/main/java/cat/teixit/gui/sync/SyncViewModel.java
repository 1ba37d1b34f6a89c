package cat.teixit.gui.sync;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.sync.SyncNotices;
import cat.teixit.logic.sync.SyncService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Sync area: where the sync stands, "sync now" and cancel, progress, the
 * last result, and the server's refusals and the purged scopes (each dismissable). Conflicts have
 * their own view model. Listens to the sync service while shown. Use from the FX thread.
 */
public final class SyncViewModel {

    private final SyncService sync;
    private final SyncNotices notices;
    private final CurrentUser user;
    private final UiExecutor executor;
    private final Runnable onSynced;
    public final ObjectProperty<SyncService.Status> status = new SimpleObjectProperty<>();
    /** The result of the last sync started here (null before). */
    public final ObjectProperty<SyncService.Result> lastResult = new SimpleObjectProperty<>();
    public final BooleanProperty running = new SimpleBooleanProperty();
    /** Translation key of the last failure of this screen's own work (loading, dismissing), or null. */
    public final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    public final ObservableList<SyncNotices.Rejection> rejections = FXCollections.observableArrayList();
    public final ObservableList<SyncNotices.Purge> purges = FXCollections.observableArrayList();
    private final Consumer<SyncService.Status> listener;

    /** @param onSynced what else to refresh after a sync (the conflicts) */
    public SyncViewModel(SyncService sync, SyncNotices notices, CurrentUser user, UiExecutor executor, Runnable onSynced) {
        this.sync = sync;
        this.notices = notices;
        this.user = user;
        this.executor = executor;
        this.onSynced = onSynced;
        this.listener = s -> executor.onUiThread(() -> show(s));
    }

    /** Starts listening and loads everything. */
    public void activate() {
        sync.addListener(listener);
        refresh();
    }

    public void deactivate() {
        sync.removeListener(listener);
    }

    private void show(SyncService.Status s) {
        boolean ended = running.get() && !s.running();
        status.set(s);
        running.set(s.running());
        if (ended) {
            // A sync started elsewhere (shortcut, background) ended: what it brought shows here too.
            refresh();
            onSynced.run();
        }
    }

    /** Reloads the state, the refusals and the purge notices in the background. */
    public void refresh() {
        record Loaded(SyncService.Status status, List<SyncNotices.Rejection> rejections, List<SyncNotices.Purge> purges) {
        }
        executor.run(() -> new Loaded(sync.status(), notices.rejections(user), notices.purges(user)), l -> {
            show(l.status());
            rejections.setAll(l.rejections());
            purges.setAll(l.purges());
        }, e -> errorKey.set("syncArea.error.load"));
    }

    /** Starts a sync (or joins the one running); refreshes everything when it ends. */
    public void syncNow() {
        errorKey.set(null);
        CompletableFuture<SyncService.Result> done;
        try {
            // Only hands the work to the sync thread: nothing here waits for the disk or the network.
            done = sync.syncNow(user);
        } catch (RuntimeException e) {
            errorKey.set("syncArea.error.start");
            return;
        }
        running.set(true);
        done.whenComplete((result, failure) -> executor.onUiThread(() -> {
            if (result != null) {
                lastResult.set(result);
            } else {
                errorKey.set("syncArea.error.start");
            }
            refresh();
            onSynced.run();
        }));
    }

    public void cancel() {
        executor.runAndForget(() -> sync.cancel());
    }

    public void dismissRejection(SyncNotices.Rejection r) {
        executor.runAction(() -> notices.dismissRejection(user, r.opId()), () -> refresh(), e -> errorKey.set("syncArea.error.load"));
    }

    public void dismissPurge(SyncNotices.Purge p) {
        executor.runAction(() -> notices.dismissPurge(user, p.id()), () -> refresh(), e -> errorKey.set("syncArea.error.load"));
    }
}
