package cat.teixit.gui.directory;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.model.directory.EntryRow;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * What the directory screen's view models share: the user, the background work, the texts and services, the entry
 * chosen, and the two lines that say what went wrong and what was done. Use from the FX thread.
 *
 * @param describe the text of a refusal or a failure
 * @param changesSaved told after every change saved in the store (an entry, a referral, a sheet filed): changes to send
 */
record DirectoryContext(CurrentUser user, UiExecutor executor, I18n i18n, DirectoryViewModel.Services services,
        Function<Throwable, String> describe, ObjectProperty<EntryRow> selected, StringProperty error,
        StringProperty notice, Runnable changesSaved) {

    /** Says what went wrong. */
    void failed(Throwable e) {
        error.set(describe.apply(e));
    }

    /** Clears both lines before something new is tried. */
    void clear() {
        error.set(null);
        notice.set(null);
    }
}
