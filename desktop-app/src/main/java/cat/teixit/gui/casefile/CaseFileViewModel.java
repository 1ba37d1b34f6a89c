package cat.teixit.gui.casefile;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.CaseFileDetails;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.model.common.StaleRecordException;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * One open case file: its header and household, the team's professionals, and the commands on the
 * file (close, reopen, reference professional, collaborators). Loads in the background; after a
 * change {@code onChanged} tells the rest of the case file (its social history). Use from the FX thread.
 */
@RequiredArgsConstructor
public final class CaseFileViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final CaseFileService caseFiles;
    private final UUID caseFileId;
    private final Runnable onChanged;
    public final ObjectProperty<CaseFileDetails> details = new SimpleObjectProperty<>();
    /** The team's professionals, to choose a reference professional or a collaborator (and to filter by). */
    public final ObservableList<CaseFileService.Colleague> colleagues = FXCollections.observableArrayList();
    public final BooleanProperty loading = new SimpleBooleanProperty();
    /** Translation key of the last failure, or null. */
    public final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();

    public UUID caseFileId() {
        return caseFileId;
    }

    /** Loads (again) the header and household; the first time also the professionals, and it counts as opened. */
    public void load() {
        loading.set(true);
        executor.run(() -> caseFiles.load(user, caseFileId), d -> {
            details.set(d);
            loading.set(false);
        }, this::failed);
    }

    /** The first showing: the file, the professionals, and the file among those opened lately. */
    public void open() {
        load();
        executor.runAndForget(() -> caseFiles.markOpened(user, caseFileId));
        executor.run(() -> caseFiles.colleagues(user), colleagues::setAll, e -> { });
    }

    public void close(String reason, LocalDate date) {
        CaseFileDetails d = details.get();
        change(() -> caseFiles.close(user, caseFileId, d.rowVersion(), reason, date));
    }

    public void reopen() {
        CaseFileDetails d = details.get();
        change(() -> caseFiles.reopen(user, caseFileId, d.rowVersion()));
    }

    public void setReference(CaseFileService.Colleague professional) {
        CaseFileDetails d = details.get();
        change(() -> caseFiles.setReferenceProfessional(user, caseFileId, d.rowVersion(), professional.id()));
    }

    public void addCollaborator(CaseFileService.Colleague professional) {
        change(() -> caseFiles.addCollaborator(user, caseFileId, professional.id()));
    }

    private void change(Runnable work) {
        errorKey.set(null);
        executor.runAction(work, () -> {
            load();
            onChanged.run();
        }, this::failed);
    }

    /** Shows a failure of something done on this case file (here or in one of its tabs). */
    void failed(Throwable e) {
        loading.set(false);
        errorKey.set(ErrorKeys.of(e));
        if (e instanceof StaleRecordException) {
            load();
        }
    }
}
