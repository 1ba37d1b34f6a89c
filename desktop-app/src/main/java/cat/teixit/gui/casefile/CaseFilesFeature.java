package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.reports.ReportsView;
import cat.teixit.gui.reports.ReportsViewModel;
import java.time.LocalDate;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.SearchBox;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.HomeCard;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Shortcut;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What the case files feature adds to one user's window: the Case files area, the search box in the
 * header (Ctrl+K, Ctrl+F), "new" (Ctrl+N), and the home card of their case files. Use from the FX thread.
 */
final class CaseFilesFeature implements Feature {

    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH_ALT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final ShellContext shell;
    private final CaseNavigator navigator;
    private final SearchBox search;
    private final CaseFileListsViewModel lists;
    private final CaseFilesSlice.Services services;

    CaseFilesFeature(ShellContext shell, CaseFilesSlice.Services services) {
        this.shell = shell;
        this.services = services;
        CaseScreens screens = new CaseScreens(shell, services, new Codes(services.catalogues(), shell.i18n()));
        this.navigator = new CaseNavigator(shell.workspace(), shell.i18n(), screens);
        screens.setNavigator(navigator);
        shell.workspace().setCaseFileOpener(navigator::openCaseFile);
        this.lists = new CaseFileListsViewModel(shell.user(), shell.executor(), services.caseFiles());
        SearchViewModel searchModel = new SearchViewModel(services.search(), shell.user(), shell.i18n()::language,
                shell.executor());
        this.search = new SearchBox(searchModel, shell.i18n(), hit -> navigator.openPerson(hit.personId(), hit.caseFileId()));
    }

    /** Opens case files and people in the workspace's tabs (for the start-up benchmark too). */
    CaseNavigator navigator() {
        return navigator;
    }

    @Override
    public List<Area> areas() {
        Area caseFiles = new Area("casefiles", "area.casefiles", AppIcon.CASE_FILES,
                new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), true, false,
                () -> new CaseFilesAreaView(lists, shell.i18n(), navigator));
        if (!services.reports().mayViewTeamReports(shell.user())) {
            return List.of(caseFiles);
        }
        // Reports live beside the case files: a figure drills down to the case files behind it, opened here.
        return List.of(caseFiles, new Area("reports", "area.reports", AppIcon.REPORTS,
                new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), true, false,
                () -> new ReportsView(new ReportsViewModel(shell.user(), shell.executor(), shell.i18n(), services.reports(),
                        services.reportFiles(), LocalDate.now(I18n.ZONE)), shell.i18n(), navigator::openCaseFile)));
    }

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut("shortcuts.search", SEARCH, search::focus),
                new Shortcut("shortcuts.search", SEARCH_ALT, search::focus),
                new Shortcut("shortcuts.new", NEW, navigator::newThing),
                // Handled by the intervention's text itself: listed, not installed on the window.
                new Shortcut("shortcuts.saveText", InterventionEditor.SAVE, null),
                new Shortcut("shortcuts.saveText", InterventionEditor.SAVE_AS_ELSEWHERE, null));
    }

    @Override
    public List<HomeCard> homeCards() {
        return List.of(new MyCaseFilesCard(lists, shell.i18n(), navigator));
    }

    @Override
    public List<Node> headerItems() {
        return List.of(search.node());
    }
}
