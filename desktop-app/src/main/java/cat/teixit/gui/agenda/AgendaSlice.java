package cat.teixit.gui.agenda;

import cat.teixit.gui.common.SystemViewer;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.HomeCard;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Shortcut;
import cat.teixit.gui.shell.Slice;
import cat.teixit.logic.agenda.AgendaPrintout;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.AccessPolicy;
import cat.teixit.logic.security.Permission;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The agenda feature: the Agenda area (Ctrl+3: a professional's or the team's week or day, booking, moving,
 * cancelling, attended and no-show) and the home card of today's appointments. Opened for users who may see case
 * files. Thread-safe.
 */
public final class AgendaSlice implements Slice {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);

    private final AppointmentService agenda;
    private final AgendaPrintout printout;
    private final DocumentService documents;
    private final SearchService search;
    private final AccessPolicy access;

    public AgendaSlice(AppointmentService agenda, DocumentService documents, SearchService search, AccessPolicy access) {
        this.agenda = agenda;
        this.printout = new AgendaPrintout(agenda, documents);
        this.documents = documents;
        this.search = search;
        this.access = access;
    }

    @Override
    public Optional<Feature> open(ShellContext shell) {
        if (!access.allows(shell.user(), Permission.VIEW_CASE_FILES)) {
            return Optional.empty();
        }
        Bookings bookings = new Bookings(shell.user(), shell.executor(), shell.i18n(), shell.workspace(), agenda,
                search);
        // A view model for each time the area's tab is opened: a closed tab leaves no listener behind.
        AgendaViewModel[] shown = new AgendaViewModel[1];
        Runnable changed = () -> {
            if (shown[0] != null) {
                shown[0].reload();
            }
            shell.refreshStatus().run();
        };
        boolean mayBook = access.allows(shell.user(), Permission.EDIT_CASE_FILES);
        return Optional.of(new Feature() {
            @Override
            public List<Area> areas() {
                return List.of(new Area("agenda", "area.agenda", AppIcon.AGENDA, OPEN, true, false, () -> {
                    AgendaViewModel vm = new AgendaViewModel(shell.user(), shell.executor(), agenda,
                            shell.describeErrors(), shell.refreshStatus())
                            .printing(new AgendaViewModel.Printing(printout, documents, SystemViewer.DESKTOP,
                                    shell.i18n().language()));
                    shown[0] = vm;
                    vm.start();
                    return new AgendaView(vm, shell.i18n(), mayBook ? () -> bookings.book(
                            AppointmentFormViewModel.Prefill.NONE, vm.anchor.get(), changed) : null,
                            item -> bookings.edit(item, changed), shell.workspace()::openCaseFile);
                }));
            }

            @Override
            public List<Shortcut> shortcuts() {
                // Handled by the agenda's day lists: listed on the F1 sheet, not installed on the window.
                return List.of(new Shortcut("shortcuts.agendaMoveTime", AgendaView.MOVE_TIME, null),
                        new Shortcut("shortcuts.agendaMoveDay", AgendaView.MOVE_DAY, null));
            }

            @Override
            public List<HomeCard> homeCards() {
                return List.of(new TodayCard(shell.user(), shell.executor(), agenda, shell.i18n(),
                        item -> bookings.edit(item, changed)));
            }
        });
    }
}
