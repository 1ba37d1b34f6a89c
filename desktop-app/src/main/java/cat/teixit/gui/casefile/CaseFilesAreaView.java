package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileService.CaseFileSummary;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Case files area (Expedients): my open case files (overdue reviews first), the ones I opened
 * lately, and a new person. Use from the FX thread.
 */
final class CaseFilesAreaView extends NodeView<VBox> {

    private final CaseFileListsViewModel vm;
    private final Navigator navigator;
    private final ListView<CaseFileSummary> mine = new ListView<>();
    private final ListView<CaseFileSummary> recent = new ListView<>();

    CaseFilesAreaView(CaseFileListsViewModel vm, I18n i18n, Navigator navigator) {
        super(new VBox(12));
        this.vm = vm;
        this.navigator = navigator;
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(i18n.bind("casefiles.title"));
        Button newPerson = Buttons.action(i18n, "casefiles-new-person", "casefiles.newPerson", AppIcon.PERSON_ADD,
                () -> navigator.newPerson());
        newPerson.getStyleClass().add(Styles.ACCENT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, spacer, newPerson);
        head.setAlignment(Pos.CENTER_LEFT);

        mine.setItems(vm.mine);
        recent.setItems(vm.recent);
        mine.setId("casefiles-mine");
        recent.setId("casefiles-recent");
        for (ListView<CaseFileSummary> l : List.of(mine, recent)) {
            l.setCellFactory(lv -> new SummaryCell(i18n));
            l.setOnMouseClicked(e -> open(l));
            l.setOnKeyPressed(k -> {
                if (k.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    open(l);
                }
            });
            Label empty = new Label();
            empty.textProperty().bind(i18n.bind("casefiles.empty"));
            l.setPlaceholder(empty);
        }
        VBox.setVgrow(mine, Priority.ALWAYS);
        recent.setPrefHeight(220);
        root.getChildren().addAll(head, sectionTitle(i18n, "casefiles.mine"), mine, sectionTitle(i18n, "casefiles.recent"),
                recent);
        root.setPadding(new Insets(20));
        root.setId("casefiles-area");
    }

    private static Label sectionTitle(I18n i18n, String key) {
        Label l = new Label();
        l.getStyleClass().add(Styles.TITLE_4);
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private void open(ListView<CaseFileSummary> l) {
        CaseFileSummary sel = l.getSelectionModel().getSelectedItem();
        if (sel != null) {
            navigator.openCaseFile(sel.id());
        }
    }

    @Override
    protected void onShown() {
        vm.refresh();
    }

    /** Number, household, status, review date (red when overdue). */
    private static final class SummaryCell extends ListCell<CaseFileSummary> {
        private final I18n i18n;

        SummaryCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(CaseFileSummary c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().remove(Styles.DANGER);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String review = "";
            if (c.reviewOn() != null) {
                boolean overdue = c.reviewOn().isBefore(LocalDate.now(I18n.ZONE));
                review = " · " + i18n.t(overdue ? "casefiles.reviewOverdue" : "casefiles.review", i18n.formatDate(c.reviewOn()));
                if (overdue) {
                    getStyleClass().add(Styles.DANGER);
                }
            }
            setText(c.householdName() + " · " + c.number() + " · " + i18n.t(EntryLabels.status(c.status())) + review);
            setGraphic(AppIcon.CASE_FILES.node(16));
        }
    }
}
