package cat.teixit.gui.agenda;

import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;

/**
 * The Agenda area: a week (or a day) in columns, one list of appointments a day; whose agenda (a professional or
 * the team); a new appointment; the selected one changed or moved (Enter), attended, no-show, cancelled. Thin: the
 * view model holds the state; the tool bar ({@link AgendaToolbar}), the days ({@link AgendaGrid}) and the actions on
 * the selected appointment ({@link AgendaActions}) are drawn apart.
 */
final class AgendaView extends NodeView<BorderPane> {

    /** Listed on the F1 sheet; handled by the agenda's lists. */
    static final KeyCombination MOVE_TIME = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination MOVE_DAY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    /** A professional in a list: their name. */
    static final StringConverter<AppointmentService.Professional> NAMES =
            Choices.shown(AppointmentService.Professional::displayName);

    private final AgendaViewModel vm;

    /** @param book opens the form for a new appointment; null when the user may not book */
    AgendaView(AgendaViewModel vm, I18n i18n, Runnable book, Consumer<AppointmentItem> edit,
            Consumer<UUID> openCaseFile) {
        super(new BorderPane());
        this.vm = vm;
        root.setId("agenda-view");
        AgendaToolbar toolbar = new AgendaToolbar(vm, i18n, book);
        AgendaGrid days = new AgendaGrid(vm, i18n, edit, center -> {
            root.setCenter(center);
            BorderPane.setMargin(center, new Insets(8, 0, 8, 0));
        });
        shown.listen(vm.items, c -> days.fill());
        root.setTop(toolbar.node());
        root.setCenter(days.columns());
        root.setBottom(new AgendaActions(vm, i18n, book != null, edit, openCaseFile).node());
        root.setPadding(new Insets(12));
        toolbar.showRange();
        days.build();
    }

    @Override
    protected void onShown() {
        vm.reload();
    }
}
