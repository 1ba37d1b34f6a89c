package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.TimelineEntry;
import cat.teixit.logic.common.EnumKeys;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/**
 * The tabs of an open case file: the social history (with the note being written), the household, the plan, the
 * resources, the referrals, the documents and the consents; a timeline entry opens the tab that holds its record, or
 * the whole note to read. Use from the FX thread.
 */
final class CaseFileTabs {

    private final CaseFileModels models;
    private final I18n i18n;
    private final TabPane tabs = new TabPane();

    /** @param editor the note being written, shown above the social history */
    CaseFileTabs(CaseFileModels models, I18n i18n, Codes codes, Navigator navigator, Node editor) {
        this.models = models;
        this.i18n = i18n;
        tabs.setId("casefile-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TimelinePane timeline = new TimelinePane(models.timeline(), i18n, editor, codes, this::openEntry);
        Tab history = tab("casefile.tab.history", AppIcon.TIMELINE, timeline.node());
        history.setId("casefile-tab-history");
        Tab members = tab("casefile.tab.household", AppIcon.HOUSEHOLD,
                new HouseholdPane(models.household(), i18n, codes, navigator).node());
        members.setId("casefile-tab-household");
        Tab planTab = recordsTab("casefile-tab-plan", "casefile.tab.plan", AppIcon.ASSESSMENT,
                new PlanPane(models.plan(), i18n).node(), models.plan()::reload);
        Tab resourcesTab = recordsTab("casefile-tab-resources", "casefile.tab.resources", AppIcon.AIDS,
                new DemandsPane(models.demands(), i18n, codes).node(), models.demands()::reload);
        Tab referralsTab = recordsTab("casefile-tab-referrals", "casefile.tab.referrals", AppIcon.REFERRAL,
                new ReferralsPane(models.referrals(), i18n).node(), models.referrals()::reload);
        Tab documentsTab = recordsTab("casefile-tab-documents", "casefile.tab.documents", AppIcon.DOCUMENTS,
                new DocumentsPane(models.documents(), i18n).node(), models.documents()::reload);
        Tab consentsTab = recordsTab("casefile-tab-consents", "casefile.tab.consents", AppIcon.LOCK,
                new ConsentsPane(models.consents(), i18n).node(), models.consents()::reload);
        tabs.getTabs().addAll(history, members, planTab, resourcesTab, referralsTab, documentsTab, consentsTab);
        models.file().colleagues.addListener((ListChangeListener<CaseFileService.Colleague>) c ->
                timeline.setColleagues(models.file().colleagues));
    }

    Node node() {
        return tabs;
    }

    /** A tab whose records are read (again) each time it is shown: others may have changed them. */
    private Tab recordsTab(String id, String key, AppIcon icon, Node content, Runnable reload) {
        Tab t = tab(key, icon, content);
        t.setId(id);
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                reload.run();
            }
        });
        return t;
    }

    private Tab tab(String key, AppIcon icon, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.bind(key));
        t.setGraphic(icon.node(16));
        t.setContent(content);
        return t;
    }

    /** Opens what a timeline entry stands for: the whole note, or the tab that holds the record. */
    private void openEntry(TimelineEntry e) {
        switch (e.kind()) {
            case INTERVENTION -> models.timeline().read(e);
            case DEMAND, ASSESSMENT, RESOURCE -> {
                models.demands().reveal(e.id());
                select("casefile-tab-resources");
            }
            case REFERRAL -> select("casefile-tab-referrals");
            case DOCUMENT -> select("casefile-tab-documents");
            case EVENT -> select("casefile-tab-household");
        }
    }

    private void select(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** An intervention's whole text, to read (a dialog: it is not routine editing). */
    void read(CaseRecords.InterventionText i) {
        if (i == null) {
            return;
        }
        models.timeline().reading.set(null);
        TextArea text = Focus.tabLeaves(new TextArea(i.notes()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(tabs.getScene().getWindow());
        d.setTitle(i18n.t("timeline.kind.intervention"));
        String author = models.timeline().entries.stream().filter(x -> i.id().equals(x.id())).findFirst()
                .map(TimelineEntry::authorName).orElse(null);
        d.setHeaderText(i18n.t(EnumKeys.interventionKind(i.kind())) + " · " + (author == null ? "" : author) + " · "
                + i18n.formatDate(i.occurredAt().atZone(I18n.ZONE).toLocalDate()));
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.t("dialog.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
