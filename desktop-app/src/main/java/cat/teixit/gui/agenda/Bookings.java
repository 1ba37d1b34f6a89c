package cat.teixit.gui.agenda;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.agenda.AppointmentItem;
import cat.teixit.logic.agenda.AppointmentService;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.search.SearchService;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;

/**
 * Opens the booking form in a tab of the workspace: a new appointment (from the agenda, or from a case file with
 * its person and case file) or a change to one; the tab closes once saved. Used by the agenda and by the case
 * files. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class Bookings {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final Workspace workspace;
    private final AppointmentService agenda;
    private final SearchService search;

    /** A new appointment on {@code day} (null: tomorrow), with whom {@code prefill} says; {@code onSaved} after. */
    public void book(AppointmentFormViewModel.Prefill prefill, LocalDate day, Runnable onSaved) {
        String key = "appointment-new-" + (prefill.caseFileId() == null ? "agenda" : prefill.caseFileId());
        LocalDate on = day == null || !day.isAfter(agenda.today()) ? agenda.today().plusDays(1) : day;
        open(key, "agenda.form.new", new AppointmentFormViewModel(user, executor, agenda, null, prefill, on,
                () -> saved(key, onSaved)));
    }

    /** Changes (or moves) {@code item}. */
    public void edit(AppointmentItem item, Runnable onSaved) {
        String key = "appointment-" + item.id();
        open(key, "agenda.form.edit", new AppointmentFormViewModel(user, executor, agenda, item,
                AppointmentFormViewModel.Prefill.NONE, null, () -> saved(key, onSaved)));
    }

    private void open(String key, String titleKey, AppointmentFormViewModel vm) {
        workspace.open(key, i18n.bind(titleKey), AppIcon.AGENDA.node(), true, () -> new AppointmentFormView(vm,
                vm.isNew() && vm.withWhom() == null ? new SearchViewModel(search, user, i18n::language, executor) : null,
                i18n));
    }

    private void saved(String key, Runnable onSaved) {
        workspace.close(key);
        onSaved.run();
    }
}
