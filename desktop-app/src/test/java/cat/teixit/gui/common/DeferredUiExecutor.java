package cat.teixit.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link UiExecutor} for view-model tests of answers that come out of order: the work runs at once on the caller's
 * thread, and its answer waits until the test hands the answers back ({@link #answerNewestFirst}). A cancelled task's
 * answer is dropped, as {@link FxUiExecutor} drops it. Not thread-safe.
 */
public final class DeferredUiExecutor implements UiExecutor {

    private final List<Runnable> answers = new ArrayList<>();

    @Override
    public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Runnable answer;
        try {
            T result = work.call();
            answer = () -> onSuccess.accept(result);
        } catch (Exception e) {
            answer = () -> onFailure.accept(e);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Runnable deliver = answer;
        answers.add(() -> {
            done.set(true);
            if (!cancelled.get()) {
                deliver.run();
            }
        });
        return new Task() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isDone() {
                return done.get();
            }
        };
    }

    /** Hands back every answer waiting, the newest first (an earlier, slower read answers last). */
    public void answerNewestFirst() {
        while (!answers.isEmpty()) {
            answers.removeLast().run();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
