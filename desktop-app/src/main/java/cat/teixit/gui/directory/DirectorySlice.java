package cat.teixit.gui.directory;

import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.ReferralService;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.logic.directory.DirectorySheet;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lombok.RequiredArgsConstructor;

/**
 * The resource directory feature: the area "Recursos" (Ctrl+8), for every user: everyone searches it and prints the
 * sheet for the person; professionals who change case files refer a case file to an entry or file its sheet there;
 * the administrator keeps it. Thread-safe.
 */
@RequiredArgsConstructor
public final class DirectorySlice implements Slice {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN);

    private final DirectoryService directory;
    private final DirectorySheet sheets;
    private final DocumentService documents;
    private final CaseFileService caseFiles;
    private final ReferralService referrals;
    private final AccessPolicy access;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        boolean caseWork = access.allows(shell.user(), Permission.EDIT_CASE_FILES);
        return Optional.of(Feature.of(new Area("directory", "area.directory", AppIcon.RESOURCES, OPEN, true, false,
                () -> new DirectoryView(new DirectoryViewModel(shell.user(), shell.executor(), shell.i18n(),
                        new DirectoryViewModel.Services(directory, sheets, documents, caseFiles, referrals,
                                SystemViewer.DESKTOP, caseWork),
                        shell.describeErrors(), shell.refreshStatus()), shell.i18n()))));
    }
}
