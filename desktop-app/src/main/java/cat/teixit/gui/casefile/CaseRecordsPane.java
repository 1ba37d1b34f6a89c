package cat.teixit.gui.casefile;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A case file tab that lists one kind of record and acts on them (plan, resources, referrals,
 * documents): loading off the FX thread, running a change, then reloading and telling the case file,
 * and showing what went wrong in the tab's error line. Use from the FX thread.
 *
 * @param <T> what the tab lists
 */
abstract class CaseRecordsPane<T> {

    protected final CaseServices s;
    protected final UUID caseFileId;
    protected final Label error = Forms.errorLabel();
    private final Runnable onChanged;
    private final BooleanProperty editable = new SimpleBooleanProperty(true);

    CaseRecordsPane(CaseServices services, UUID caseFileId, Runnable onChanged) {
        this.s = services;
        this.caseFileId = caseFileId;
        this.onChanged = onChanged;
    }

    /** The records, read in the background. */
    protected abstract List<T> load();

    /** Shows the records just loaded. */
    protected abstract void show(List<T> records);

    abstract Node node();

    /** False for another team's case file granted read only: the tab's forms and actions go away. */
    final void setEditable(boolean value) {
        editable.set(value);
    }

    protected final boolean isEditable() {
        return editable.get();
    }

    /** {@code node} (a form, an action) shows only while this case file may be changed here. */
    protected final <N extends Node> N editing(N node) {
        node.visibleProperty().bind(editable);
        node.managedProperty().bind(editable);
        return node;
    }

    /** Loads the records again (the tab was shown, or someone changed them). */
    final void reload() {
        s.executor().run(this::load, this::show, this::fail);
    }

    /** Runs a change in the background; on success {@code then}, a reload and the case file's refresh. */
    protected final void run(Runnable work, Runnable then) {
        error.setText("");
        s.change(work, () -> {
            then.run();
            changed();
        }, this::fail);
    }

    /** After a change: the list again, and the case file (header, timeline) told. */
    protected final void changed() {
        reload();
        onChanged.run();
    }

    protected final void fail(Throwable e) {
        error.setText(Forms.describe(s.i18n(), e));
    }
}
