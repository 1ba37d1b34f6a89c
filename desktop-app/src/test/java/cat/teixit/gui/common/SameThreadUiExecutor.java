package cat.teixit.gui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@link UiExecutor} for view-model tests: runs everything at once on the caller's thread. */
public final class SameThreadUiExecutor implements UiExecutor {

    @Override
    public <T> Task run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return done();
        }
        onSuccess.accept(result);
        return done();
    }

    private static Task done() {
        return new Task() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
