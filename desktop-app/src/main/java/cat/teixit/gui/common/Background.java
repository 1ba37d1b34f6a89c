package cat.teixit.gui.common;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * The ViewModels' way of running work in the background behind a busy flag: the flag is raised before the work
 * starts and lowered on the UI thread before its result or its failure is handled. Use from the FX thread.
 */
public final class Background {

    private Background() {
    }

    /** Runs {@code work} with {@code busy} raised; then {@code onSuccess} or {@code onFailure}, busy lowered. */
    public static <T> UiExecutor.Task whileBusy(UiExecutor executor, BooleanProperty busy, Callable<T> work,
            Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        return executor.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            busy.set(false);
            onFailure.accept(e);
        });
    }

    /**
     * Writes a file in the background ({@code write} gives back the file written): {@code saved} is cleared first
     * and then names the file, or {@code error} takes {@code errorKey} (a translation key).
     */
    public static UiExecutor.Task saveFile(UiExecutor executor, BooleanProperty busy, Callable<Path> write,
            StringProperty saved, StringProperty error, String errorKey) {
        saved.set(null);
        return whileBusy(executor, busy, write, f -> saved.set(f.getFileName().toString()), e -> error.set(errorKey));
    }
}
