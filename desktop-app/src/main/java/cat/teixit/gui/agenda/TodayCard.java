package cat.teixit.gui.agenda;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.EnumLabels;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.HomeCard;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.model.agenda.AppointmentStatus;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Home card "today's appointments": the user's own, by time; one click opens one. Use from the FX thread. */
final class TodayCard implements HomeCard {

    private final VBox root = new VBox(6);
    private final VBox lines = new VBox(2);
    private final Label summary = new Label();
    private final CurrentUser user;
    private final UiExecutor executor;
    private final AppointmentService agenda;
    private final I18n i18n;
    private final Consumer<AppointmentItem> open;

    TodayCard(CurrentUser user, UiExecutor executor, AppointmentService agenda, I18n i18n,
            Consumer<AppointmentItem> open) {
        this.user = user;
        this.executor = executor;
        this.agenda = agenda;
        this.i18n = i18n;
        this.open = open;
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(i18n.bind("home.agenda.title"));
        title.setGraphic(AppIcon.AGENDA.node(18));
        summary.setId("home-agenda-summary");
        lines.setId("home-agenda");
        root.getChildren().addAll(title, summary, lines);
        root.getStyleClass().add("card");
    }

    @Override
    public Node node() {
        return root;
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
                    + i18n.t(EnumLabels.appointmentKind(a.kind()))
                    + (a.status() == AppointmentStatus.BOOKED ? "" : " · " + i18n.t(EnumLabels.appointmentStatus(a.status())));
            Hyperlink link = new Hyperlink(text);
            link.setOnAction(e -> open.accept(a));
            lines.getChildren().add(link);
        }
    }
}
