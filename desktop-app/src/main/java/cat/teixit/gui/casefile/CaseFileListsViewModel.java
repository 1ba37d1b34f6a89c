package cat.teixit.gui.casefile;

import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.CaseFileService.CaseFileSummary;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * The user's case files as lists: the open ones they are the reference professional of (overdue
 * reviews first) and the ones they opened lately; read in the background. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class CaseFileListsViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final CaseFileService caseFiles;
    public final ObservableList<CaseFileSummary> mine = FXCollections.observableArrayList();
    public final ObservableList<CaseFileSummary> recent = FXCollections.observableArrayList();
    /** How many times {@link #mine} was read: an empty list read into an empty one is no change of the list. */
    public final IntegerProperty mineReads = new SimpleIntegerProperty();

    /** Reads my case files again. */
    public void refreshMine() {
        executor.run(() -> caseFiles.mine(user), list -> {
            mine.setAll(list);
            mineReads.set(mineReads.get() + 1);
        }, e -> { });
    }

    /** Reads both lists again. */
    public void refresh() {
        refreshMine();
        executor.run(() -> caseFiles.recent(user), recent::setAll, e -> { });
    }
}
