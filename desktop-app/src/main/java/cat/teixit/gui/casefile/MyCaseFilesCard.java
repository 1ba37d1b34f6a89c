package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.LinksCard;
import cat.teixit.logic.casefile.CaseFileService.CaseFileSummary;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Hyperlink;

/** The Home card "my case files": how many are open, the overdue reviews first, one click to open. */
final class MyCaseFilesCard extends LinksCard {

    private static final int SHOWN = 8;

    private final CaseFileListsViewModel vm;
    private final I18n i18n;
    private final Navigator navigator;

    MyCaseFilesCard(CaseFileListsViewModel vm, I18n i18n, Navigator navigator) {
        super(i18n, "home.casefiles.title", AppIcon.CASE_FILES, "home-casefiles");
        this.vm = vm;
        this.i18n = i18n;
        this.navigator = navigator;
        summary.setWrapText(true);
        vm.mineReads.addListener((o, a, b) -> show(vm.mine));
    }

    /** Reads the list again in the background. */
    @Override
    public void refresh() {
        vm.refreshMine();
    }

    private void show(List<CaseFileSummary> mine) {
        LocalDate today = LocalDate.now(I18n.ZONE);
        long overdue = mine.stream().filter(c -> c.reviewOn() != null && c.reviewOn().isBefore(today)).count();
        summary.setText(i18n.t("home.casefiles.summary", mine.size(), overdue));
        lines.getChildren().clear();
        for (CaseFileSummary c : mine.subList(0, Math.min(SHOWN, mine.size()))) {
            boolean late = c.reviewOn() != null && c.reviewOn().isBefore(today);
            Hyperlink link = new Hyperlink(c.householdName() + " · " + c.number() + (c.reviewOn() == null ? ""
                    : " · " + i18n.t(late ? "casefiles.reviewOverdue" : "casefiles.review", i18n.formatDate(c.reviewOn()))));
            if (late) {
                link.getStyleClass().add(Styles.DANGER);
                link.setGraphic(AppIcon.WARNING.node(14));
            }
            link.setOnAction(e -> navigator.openCaseFile(c.id()));
            lines.getChildren().add(link);
        }
    }
}
