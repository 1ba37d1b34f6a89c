package cat.teixit.gui.aid;

import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.aid.AidScanService;
import cat.teixit.logic.aid.AidSimulator;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CatalogueService;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import lombok.RequiredArgsConstructor;

/**
 * The aid simulator feature: the area "Ajuts" (Ctrl+6): a household typed at the front desk or prefilled from a case
 * file, every aid's result with its reasoning, printed and filed in the case file; and the list of the user's case
 * files that may newly qualify. Opened for users who may see case files. Thread-safe.
 */
@RequiredArgsConstructor
public final class AidSlice implements Slice {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN);

    private final AidSimulator simulator;
    private final AidScanService scan;
    private final CaseFileService caseFiles;
    private final DocumentService documents;
    private final CatalogueService catalogues;
    private final AccessPolicy access;

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!access.allows(shell.user(), Permission.VIEW_CASE_FILES)) {
            return Optional.empty();
        }
        boolean mayFile = access.allows(shell.user(), Permission.EDIT_CASE_FILES);
        Codes codes = new Codes(catalogues, shell.i18n());
        return Optional.of(Feature.of(new Area("aids", "area.aids", AppIcon.AIDS, OPEN, true, false,
                () -> new AidSimulatorView(simulator(shell, mayFile, codes),
                        new ProactiveListViewModel(shell.user(), shell.executor(), shell.i18n(), scan,
                                shell.describeErrors(), LocalDate.now(I18n.ZONE)),
                        shell.i18n()))));
    }

    private AidSimulatorViewModel simulator(ShellContext shell, boolean mayFile, Codes codes) {
        AidSimulatorViewModel vm = new AidSimulatorViewModel(shell.user(), shell.executor(), shell.i18n(), simulator,
                caseFiles, documents, mayFile, shell.describeErrors(), code -> codes.label(Catalogue.MUNICIPALITY, code),
                SystemViewer.DESKTOP, LocalDate.now(I18n.ZONE));
        // A simulation filed in a case file is a change to send: the status bar counts it.
        vm.filed.addListener((o, was, now) -> {
            if (now != null) {
                shell.refreshStatus().run();
            }
        });
        return vm;
    }
}
