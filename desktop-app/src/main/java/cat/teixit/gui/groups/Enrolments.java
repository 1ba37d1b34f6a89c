package cat.teixit.gui.groups;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.groups.GroupActivityService;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.model.groups.EnrolmentStatus;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.StringConverter;
import lombok.RequiredArgsConstructor;

/**
 * Enrols a case file's person in a group activity chosen from a list, saying whether they got a place or wait (and
 * at which position). Used by the case files. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class Enrolments {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final GroupActivityService groups;

    /** Asks for the activity (those not ended), then enrols {@code personId} from {@code caseFileId}. */
    public void choose(UUID caseFileId, UUID personId, String who, Window owner) {
        executor.run(() -> groups.activities(user).stream()
                .filter(a -> !a.endsOn().isBefore(groups.today())).toList(), activities -> {
                    if (activities.isEmpty()) {
                        tell(owner, Alert.AlertType.INFORMATION, i18n.t("groups.empty"));
                        return;
                    }
                    ask(activities, who, owner).ifPresent(a -> executor.run(() -> groups.enrol(user, a.id(),
                            personId, caseFileId), r -> tell(owner, Alert.AlertType.INFORMATION,
                                    r.status() == EnrolmentStatus.ENROLLED
                                            ? i18n.t("groups.enrolled", who, a.title())
                                            : i18n.t("groups.waiting", who, a.title(), r.waitingPosition())),
                            e -> tell(owner, Alert.AlertType.WARNING, ErrorKeys.describe(i18n, e))));
                }, e -> tell(owner, Alert.AlertType.WARNING, ErrorKeys.describe(i18n, e)));
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<ActivitySummary> ask(List<ActivitySummary> activities, String who, Window owner) {
        ChoiceDialog<ActivitySummary> d = new ChoiceDialog<>(activities.getFirst(), activities);
        d.setTitle(i18n.t("groups.enrolIn.title"));
        d.setHeaderText(i18n.t("groups.enrolIn.message", who));
        d.getDialogPane().setId("groups-enrol-dialog");
        // ChoiceDialog shows toString(); its combo box takes a converter.
        d.getDialogPane().lookupAll(".combo-box").forEach(n -> ((javafx.scene.control.ComboBox<ActivitySummary>) n)
                .setConverter(new StringConverter<>() {
                    @Override
                    public String toString(ActivitySummary a) {
                        return a == null ? "" : a.title() + " · " + a.programme() + " · "
                                + i18n.t("groups.places", a.enrolled(), a.capacity());
                    }

                    @Override
                    public ActivitySummary fromString(String s) {
                        return null;
                    }
                }));
        if (owner != null) {
            d.initOwner(owner);
        }
        return d.showAndWait();
    }

    private void tell(Window owner, Alert.AlertType type, String text) {
        Alert a = new Alert(type, text);
        cat.teixit.gui.common.FxDialogService.acknowledgedIn(a, i18n);
        a.setHeaderText(null);
        a.getDialogPane().setId("groups-enrol-result");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
