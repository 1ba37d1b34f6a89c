package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ReferralStatus;
import cat.teixit.model.casefile.ReferralTargetKind;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
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
final class ReferralsPane extends CaseRecordsPane<Referral> {

    private final ScrollPane root;
    private final VBox list = new VBox(8);

    ReferralsPane(CaseServices services, UUID caseFileId, Runnable onChanged) {
        super(services, caseFileId, onChanged);
        I18n i18n = s.i18n();
        ComboBox<ReferralTargetKind> kind = new ComboBox<>();
        kind.setId("referral-kind");
        kind.getItems().setAll(ReferralTargetKind.values());
        kind.setConverter(Forms.converter(k -> i18n.t(kindKey(k))));
        kind.setValue(ReferralTargetKind.SERVICE);
        TextField target = new TextField();
        target.setId("referral-target");
        target.promptTextProperty().bind(i18n.bind("referral.targetPrompt"));
        TextField reason = new TextField();
        reason.setId("referral-reason");
        reason.promptTextProperty().bind(i18n.bind("referral.reasonPrompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        // Wide enough for its prompt ("A qui (servei, professional o equip)") and for a service's name.
        target.setPrefColumnCount(22);
        Button send = new Button();
        send.setId("referral-send");
        send.textProperty().bind(i18n.bind("referral.send"));
        send.setOnAction(e -> run(() -> s.referrals().refer(s.user(), caseFileId, null, kind.getValue(), target.getText(),
                reason.getText()), () -> {
                    target.clear();
                    reason.clear();
                }));
        HBox form = new HBox(8, kind, target, reason, send);
        form.setAlignment(Pos.CENTER_LEFT);
        list.setId("referral-list");
        VBox box = new VBox(10, editing(Forms.title(i18n, "referral.new")), editing(form), error,
                Forms.title(i18n, "referral.list"), list);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    static String kindKey(ReferralTargetKind k) {
        return switch (k) {
            case SERVICE -> "referral.kind.service";
            case PROFESSIONAL -> "referral.kind.professional";
            case TEAM -> "referral.kind.team";
            case MUNICIPALITY -> "referral.kind.municipality";
        };
    }

    static String statusKey(ReferralStatus st) {
        return switch (st) {
            case PENDING -> "referral.status.pending";
            case ACCEPTED -> "referral.status.accepted";
            case REJECTED -> "referral.status.rejected";
        };
    }

    @Override
    protected void show(java.util.List<Referral> referrals) {
        I18n i18n = s.i18n();
        list.getChildren().clear();
        if (referrals.isEmpty()) {
            list.getChildren().add(Forms.label(i18n, "referral.none"));
        }
        for (Referral r : referrals) {
            Label what = new Label(i18n.t(kindKey(r.getTargetKind())) + ": " + r.getTarget() + " · "
                    + i18n.formatDate(r.getOccurredAt().atZone(I18n.ZONE).toLocalDate()) + " · " + i18n.t(statusKey(r.getStatus()))
                    + (r.getResponseReason() == null ? "" : " (" + r.getResponseReason() + ")"));
            what.getStyleClass().add(Styles.TEXT_BOLD);
            Label why = new Label(r.getReason());
            why.setWrapText(true);
            VBox card = new VBox(4, what, why);
            card.getStyleClass().add("card");
            if (r.getStatus() == ReferralStatus.PENDING) {
                Button accept = new Button(i18n.t("referral.accept"));
                accept.getStyleClass().add(Styles.SMALL);
                accept.setOnAction(e -> run(() -> s.referrals().answer(s.user(), r.getId(), r.getRowVersion(), true, null),
                        () -> { }));
                Button reject = new Button(i18n.t("referral.reject"));
                reject.getStyleClass().add(Styles.SMALL);
                reject.setOnAction(e -> askRejection(r));
                card.getChildren().add(editing(new HBox(8, accept, reject)));
            }
            list.getChildren().add(card);
        }
    }

    /** A rejection needs its reason: a decision, so a small dialog. */
    private void askRejection(Referral r) {
        I18n i18n = s.i18n();
        TextInputDialog d = new TextInputDialog();
        d.initOwner(root.getScene().getWindow());
        d.setTitle(i18n.t("referral.reject"));
        d.setHeaderText(i18n.t("referral.rejectReason"));
        Optional<String> reason = d.showAndWait();
        reason.ifPresent(text -> run(() -> s.referrals().answer(s.user(), r.getId(), r.getRowVersion(), false, text),
                () -> { }));
    }

    @Override
    protected java.util.List<Referral> load() {
        return s.referrals().referrals(s.user(), caseFileId);
    }

    @Override
    Node node() {
        return root;
    }
}
