package cat.teixit.gui.aid;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.aid.AidScanService;
import cat.teixit.logic.auth.CurrentUser;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * The proactive list of the user's case files (as reference professional) that may newly qualify for an aid in the
 * last {@value #DAYS} days, computed in the background from the current rules and household data, with progress and
 * cancellation. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class ProactiveListViewModel {

    static final int DAYS = 30;

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final AidScanService scan;
    private final Function<Throwable, String> describe;
    private final LocalDate today;
    public final ObservableList<AidScanService.Candidate> candidates = FXCollections.observableArrayList();
    public final DoubleProperty progress = new SimpleDoubleProperty();
    public final BooleanProperty running = new SimpleBooleanProperty();
    public final StringProperty status = new SimpleStringProperty();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private UiExecutor.Task task;

    /** Computes the list again (the rules or a household may have changed since the last time). */
    public void scan() {
        if (running.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        progress.set(0);
        status.set(i18n.t("aid.scan.running"));
        task = executor.run(() -> scan.scan(user, false, today.minusDays(DAYS), today,
                (done, total) -> executor.onUiThread(() -> progress.set(total == 0 ? 1 : (double) done / total)),
                stop::get), list -> {
                    running.set(false);
                    progress.set(1);
                    candidates.setAll(list);
                    status.set(list.isEmpty() ? i18n.t("aid.scan.none", DAYS) : i18n.t("aid.scan.found", list.size(), DAYS));
                }, e -> {
                    running.set(false);
                    status.set(e instanceof CancellationException ? i18n.t("aid.scan.cancelled") : describe.apply(e));
                });
    }

    /** Stops the scan under way; the list shown stays the previous one. */
    public void cancel() {
        cancelled.set(true);
        if (task != null) {
            task.cancel();
        }
        if (running.get()) {
            running.set(false);
            status.set(i18n.t("aid.scan.cancelled"));
        }
    }
}
