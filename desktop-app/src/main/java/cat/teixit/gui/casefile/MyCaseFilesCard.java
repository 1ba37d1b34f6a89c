package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.HomeCard;
import cat.teixit.logic.casefile.CaseFileService.CaseFileSummary;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Home card "my case files": how many are open, the overdue reviews first, one click to open. */
final class MyCaseFilesCard implements HomeCard {

    private static final int SHOWN = 8;

    private final VBox root = new VBox(6);
    private final VBox lines = new VBox(2);
    private final Label summary = new Label();
    private final CaseFileListsViewModel vm;
    private final I18n i18n;
    private final Navigator navigator;

    MyCaseFilesCard(CaseFileListsViewModel vm, I18n i18n, Navigator navigator) {
        this.vm = vm;
        this.i18n = i18n;
        this.navigator = navigator;
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(i18n.bind("home.casefiles.title"));
        title.setGraphic(AppIcon.CASE_FILES.node(18));
        summary.setId("home-casefiles-summary");
        summary.setWrapText(true);
        lines.setId("home-casefiles");
        root.getChildren().addAll(title, summary, lines);
        root.getStyleClass().add("card");
        vm.mine.addListener((javafx.collections.ListChangeListener<CaseFileSummary>) c -> show(vm.mine));
    }

    @Override
    public Node node() {
        return root;
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
