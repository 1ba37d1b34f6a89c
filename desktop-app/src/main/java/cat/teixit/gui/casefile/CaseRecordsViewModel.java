package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The state of a case-file tab that lists one kind of record and acts on them (plan, referrals,
 * documents): the records, read off the FX thread; a change runs in the background, then the list
 * is read again and the case file told; what went wrong is one translated line. Use from the FX thread.
 *
 * @param <T> what the tab lists
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
abstract class CaseRecordsViewModel<T> {

    protected final CurrentUser user;
    protected final UiExecutor executor;
    protected final I18n i18n;
    protected final UUID caseFileId;
    private final Runnable onChanged;
    public final ObservableList<T> items = FXCollections.observableArrayList();
    /** The last failure, translated (empty when the last action went well). */
    public final StringProperty error = new SimpleStringProperty("");
    /** False for another team's case file granted read only: the tab's forms and actions go away. */
    public final BooleanProperty editable = new SimpleBooleanProperty(true);
    /** True once the records were read: an empty list then means there are none (not that they are coming). */
    public final BooleanProperty loaded = new SimpleBooleanProperty();

    /** The records, read in the background. */
    protected abstract List<T> load();

    /** Reads the records again (the tab was shown, or someone changed them). */
    public void reload() {
        executor.run(this::load, list -> {
            items.setAll(list);
            loaded.set(true);
        }, this::fail);
    }

    /** Runs a change in the background; on success {@code then}, a reload and the case file told. */
    protected final void run(Runnable work, Runnable then) {
        run(work, then, e -> { });
    }

    /** As {@link #run(Runnable, Runnable)}; on failure {@code failed} sees the failure first, then it is reported. */
    protected final void run(Runnable work, Runnable then, java.util.function.Consumer<Throwable> failed) {
        error.set("");
        executor.runAction(work, () -> {
            then.run();
            changed();
        }, e -> {
            failed.accept(e);
            fail(e);
        });
    }

    /** After a change: the list again, and the case file (header, timeline) told. */
    protected final void changed() {
        reload();
        onChanged.run();
    }

    protected final void fail(Throwable e) {
        error.set(ErrorKeys.describe(i18n, e));
    }
}
