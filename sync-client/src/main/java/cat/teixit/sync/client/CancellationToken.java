package cat.teixit.sync.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lets another thread stop a running sync; a cancelled sync resumes at the next run. Thread-safe. */
public final class CancellationToken {

    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link SyncCancelledException} once cancelled. */
    public void check() {
        if (cancelled) {
            throw new SyncCancelledException();
        }
    }

    void onCancel(Runnable action) {
        listeners.add(action);
    }

    void removeOnCancel(Runnable action) {
        listeners.remove(action);
    }
}
