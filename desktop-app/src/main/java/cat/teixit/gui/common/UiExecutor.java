package cat.teixit.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. Views never touch the
 * database, the disk or the network themselves. Implementations are thread-safe.
 */
public interface UiExecutor {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** As {@link #run}, for {@code work} that gives nothing back: then {@code onDone} or {@code onFailure}. */
    default Task runAction(Runnable work, Runnable onDone, Consumer<Throwable> onFailure) {
        return run(() -> {
            work.run();
            return null;
        }, ok -> onDone.run(), onFailure);
    }

    /** Runs {@code work} in the background for its side effect only: its end and any failure go unnoticed. */
    default Task runAndForget(Runnable work) {
        return runAction(work, () -> {
        }, e -> {
        });
    }

    /** Runs {@code action} on the UI thread (now, if already on it). */
    void onUiThread(Runnable action);

    /** A handle on background work: cancelling means its result is dropped (and the thread interrupted). */
    interface Task {
        void cancel();

        boolean isDone();
    }
}
