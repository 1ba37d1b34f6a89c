package cat.teixit.gui.agenda;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.LinksCard;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.agenda.AppointmentStatus;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;

/** The Home card "today's appointments": the user's own, by time; one click opens one. Use from the FX thread. */
final class TodayCard extends LinksCard {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final AppointmentService agenda;
    private final I18n i18n;
    private final Consumer<AppointmentItem> open;

    TodayCard(CurrentUser user, UiExecutor executor, AppointmentService agenda, I18n i18n,
            Consumer<AppointmentItem> open) {
        super(i18n, "home.agenda.title", AppIcon.AGENDA, "home-agenda");
        this.user = user;
        this.executor = executor;
        this.agenda = agenda;
        this.i18n = i18n;
        this.open = open;
    }

    @Override
    public void refresh() {
        executor.run(() -> agenda.today(user), this::show, e -> summary.setText(i18n.t("error.unexpected")));
    }

    private void show(List<AppointmentItem> today) {
        summary.setText(i18n.t("home.agenda.summary", today.size()));
        lines.getChildren().clear();
        for (AppointmentItem a : today) {
            String text = AppointmentFormViewModel.TIME.format(a.startsAt().atZone(AppointmentService.ZONE)) + " · "
                    + (a.withWhom() == null ? i18n.t("agenda.form.internal") : a.withWhom()) + " · "
                    + i18n.t(EnumKeys.appointmentKind(a.kind()))
                    + (a.status() == AppointmentStatus.BOOKED ? "" : " · " + i18n.t(EnumKeys.appointmentStatus(a.status())));
            Hyperlink link = new Hyperlink(text);
            link.setOnAction(e -> open.accept(a));
            lines.getChildren().add(link);
        }
    }
}
