package cat.teixit.gui.agenda;

import cat.teixit.gui.common.I18n;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.agenda.AppointmentStatus;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** One appointment in a day's list: its times, with whom, its kind, room and state (and whose, in the team's view). */
final class AppointmentCell extends ListCell<AppointmentItem> {

    private final AgendaViewModel vm;
    private final I18n i18n;
    /** One line each for time, person, kind (a long one ends in "…"); as tall as its lines. */
    private final Label lines = new Label();
    /** The month's calendar: one line, the time and with whom (the rest in the tooltip). */
    private final boolean compact;

    AppointmentCell(AgendaViewModel vm, I18n i18n, boolean compact) {
        this.vm = vm;
        this.i18n = i18n;
        this.compact = compact;
        lines.setMinHeight(Region.USE_PREF_SIZE);
        lines.maxWidthProperty().bind(widthProperty().subtract(12));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(AppointmentItem a, boolean empty) {
        super.updateItem(a, empty);
        getStyleClass().removeAll("appointment-cancelled", "appointment-done");
        if (empty || a == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        StringBuilder sb = new StringBuilder(AppointmentFormViewModel.TIME.format(a.startsAt()
                .atZone(AppointmentService.ZONE))).append('–')
                .append(AppointmentFormViewModel.TIME.format(a.endsAt().atZone(AppointmentService.ZONE)));
        if (vm.professionalId.get() == null) {
            sb.append('\n').append(a.professionalName());
        }
        sb.append('\n').append(a.withWhom() == null ? i18n.t("agenda.form.internal") : a.withWhom());
        sb.append('\n').append(i18n.t(EnumKeys.appointmentKind(a.kind())));
        if (a.room() != null) {
            sb.append(" · ").append(a.room());
        }
        if (a.status() != AppointmentStatus.BOOKED) {
            sb.append(" · ").append(i18n.t(EnumKeys.appointmentStatus(a.status())));
        }
        if (a.doubleBookedOverride()) {
            sb.append(" · ").append(i18n.t("agenda.doubleBooked"));
        } else if (vm.clashes(a)) {
            sb.append('\n').append(i18n.t("agenda.clash"));
        }
        setText(sb.toString());
        lines.setText(compact ? AppointmentFormViewModel.TIME.format(a.startsAt().atZone(AppointmentService.ZONE))
                + " " + (a.withWhom() == null ? i18n.t("agenda.form.internal") : a.withWhom())
                + (vm.clashes(a) && !a.doubleBookedOverride() ? " ⚠" : "") : sb.toString());
        setGraphic(lines);
        setTooltip(new Tooltip(sb.toString()));
        if (a.status() == AppointmentStatus.CANCELLED) {
            getStyleClass().add("appointment-cancelled");
        }
    }
}
