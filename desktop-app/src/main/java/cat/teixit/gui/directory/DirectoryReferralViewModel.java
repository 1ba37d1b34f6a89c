package cat.teixit.gui.directory;

import cat.teixit.gui.common.SystemViewer;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.directory.EntryRow;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The directory's entry chosen, for a person: its sheet printed, or filed in one of the user's case files, and that
 * case file referred to the entry with a reason. Use from the FX thread.
 */
final class DirectoryReferralViewModel {

    private final DirectoryContext c;
    /** The user's case files, to refer one or file the sheet in it. */
    public final ObservableList<CaseFileService.CaseFileSummary> caseChoices = FXCollections.observableArrayList();
    public final ObjectProperty<CaseFileService.CaseFileSummary> caseFile = new SimpleObjectProperty<>();
    public final StringProperty reason = new SimpleStringProperty("");

    DirectoryReferralViewModel(DirectoryContext context) {
        this.c = context;
    }

    /** True when the user may refer a case file and file the sheet in it. */
    public boolean mayUseCaseFiles() {
        return c.services().mayUseCaseFiles();
    }

    /** Reads the user's case files (when they may use them). */
    void load() {
        if (mayUseCaseFiles()) {
            c.executor().run(() -> c.services().caseFiles().mine(c.user()), caseChoices::setAll, c::failed);
        }
    }

    /** The sheet of the entry chosen, opened in the system's viewer to print it. */
    public void printSheet() {
        EntryRow r = c.selected().get();
        if (r == null) {
            return;
        }
        show(language -> c.services().sheets().sheet(c.user(), r.id(), language), null, false);
    }

    /** The sheet of the entry chosen, filed in the case file chosen, then opened to print. */
    public void printForCase() {
        EntryRow r = c.selected().get();
        CaseFileService.CaseFileSummary f = caseFile.get();
        if (r == null || f == null || !mayUseCaseFiles()) {
            return;
        }
        show(language -> c.services().sheets().sheetForCase(c.user(), r.id(), f.id(), language),
                c.i18n().t("directory.filed", f.number()), true);
    }

    /** Refers the case file chosen to the entry chosen (a service, named with who provides it), with the reason. */
    public void refer() {
        EntryRow r = c.selected().get();
        CaseFileService.CaseFileSummary f = caseFile.get();
        if (r == null || f == null || !mayUseCaseFiles()) {
            return;
        }
        DirectoryService.ReferralDraft draft = DirectoryService.referralDraft(r);
        String why = reason.get();
        c.clear();
        c.executor().run(() -> c.services().referrals().refer(c.user(), f.id(), null, draft.kind(), draft.target(),
                why), id -> {
            reason.set("");
            c.notice().set(c.i18n().t("directory.referred", f.number()));
            c.changesSaved().run();
        }, c::failed);
    }

    /**
     * Makes a sheet in the user's language away from the FX thread and opens it in the system's viewer; the notice
     * says {@code done} (or nothing when null) once it opened, where it was saved otherwise. {@code files}: making it
     * files it in a case file (a change saved).
     */
    private void show(Function<Language, DocumentService.Rendered> sheet, String done, boolean files) {
        Language language = c.i18n().language();
        c.clear();
        c.executor().run(() -> {
            DocumentService.Rendered made = sheet.apply(language);
            return shown(c.services().documents().forViewing(made.pdf(), made.fileName()), done);
        }, said -> {
            c.notice().set(said);
            if (files) {
                c.changesSaved().run();
            }
        }, c::failed);
    }

    /** What to say after showing a printout: {@code done} when it opened, where it was saved otherwise. */
    private String shown(Path file, String done) {
        SystemViewer.Shown how = c.services().viewer().showOrPrint(file);
        String key = SystemViewer.message(how);
        return key == null ? done : c.i18n().t(key, file.toString());
    }
}
