package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.CaseRecords.ReferralItem;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Referrals to other services, professionals, teams or municipalities, and their answers. Use from the FX thread. */
final class ReferralsPane {

    private final ReferralsViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final VBox list = new VBox(8);

    ReferralsPane(ReferralsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        ComboBox<ReferralTargetKind> kind = Choices.translated(i18n, "referral-kind", EntryLabels::referralKind,
                ReferralTargetKind.values());
        kind.setValue(ReferralTargetKind.SERVICE);
        TextField target = Fields.prompted(i18n, "referral-target", "referral.targetPrompt");
        // Wide enough for its prompt ("A qui (servei, professional o equip)") and for a service's name.
        target.setPrefColumnCount(22);
        TextField reason = Fields.prompted(i18n, "referral-reason", "referral.reasonPrompt");
        HBox.setHgrow(reason, Priority.ALWAYS);
        Runnable sent = () -> {
            target.clear();
            reason.clear();
        };
        Button send = Buttons.action(i18n, "referral-send", "referral.send",
                () -> vm.refer(kind.getValue(), target.getText(), reason.getText(), sent));
        Button consentAndSend = Buttons.action(i18n, "referral-consent-send", "referral.recordConsent",
                () -> vm.recordConsentAndRefer(kind.getValue(), target.getText(), reason.getText(), sent));
        consentAndSend.visibleProperty().bind(vm.consentMissing);
        consentAndSend.managedProperty().bind(consentAndSend.visibleProperty());
        HBox form = new HBox(8, kind, target, reason, send);
        form.setAlignment(Pos.CENTER_LEFT);
        list.setId("referral-list");
        root = Forms.recordsTab(vm, i18n, "referral.new", form,
                referrals -> Forms.cards(list, referrals, i18n, "referral.none", this::card),
                Forms.editing(new HBox(consentAndSend), vm.editable), Forms.title(i18n, "referral.list"), list);
    }

    private Node card(ReferralItem r) {
        Label what = new Label(i18n.t(EntryLabels.referralKind(r.targetKind())) + ": " + r.target() + " · "
                + i18n.formatDate(r.occurredAt().atZone(I18n.ZONE).toLocalDate()) + " · "
                + i18n.t(EntryLabels.referralStatus(r.status()))
                + (r.responseReason() == null ? "" : " (" + r.responseReason() + ")"));
        what.getStyleClass().add(Styles.TEXT_BOLD);
        Label why = new Label(r.reason());
        why.setWrapText(true);
        VBox card = new VBox(4, what, why);
        card.getStyleClass().add("card");
        if (r.status() == ReferralStatus.PENDING) {
            Button accept = new Button(i18n.t("referral.accept"));
            accept.getStyleClass().add(Styles.SMALL);
            accept.setOnAction(e -> vm.accept(r));
            Button reject = new Button(i18n.t("referral.reject"));
            reject.getStyleClass().add(Styles.SMALL);
            reject.setOnAction(e -> askRejection(r));
            card.getChildren().add(Forms.editing(new HBox(8, accept, reject), vm.editable));
        }
        return card;
    }

    /** A rejection needs its reason: a decision, so a small dialog. */
    private void askRejection(ReferralItem r) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(i18n.t("referral.reject"));
        d.setHeaderText(i18n.t("referral.rejectReason"));
        d.showAndWait().ifPresent(text -> vm.reject(r, text));
    }

    Node node() {
        return root;
    }
}
