package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.gui.agenda.Bookings;
import cat.teixit.gui.groups.Enrolments;
import cat.teixit.gui.documents.DocumentWorkbenchViewModel;
import cat.teixit.gui.documents.VerificationViewModel;
import cat.teixit.logic.casefile.CaseFileDetails;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.Consumer;

/**
 * Builds the case files feature's screens for one user: each view model gets the use cases it calls
 * and nothing else, and the parts of one case file are told of each other's changes. Use from the
 * FX thread.
 */
final class CaseScreens {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final CaseFilesSlice.Services s;
    private final Codes codes;
    private final Bookings bookings;
    private final Enrolments enrolments;
    private Navigator navigator;
    private final cat.teixit.gui.shell.Workspace workspace;
    /** The status bar's counts again: every change saved in a case file or a person's form is one more to send. */
    private final Runnable refreshStatus;

    CaseScreens(ShellContext shell, CaseFilesSlice.Services services, Codes codes) {
        this.workspace = shell.workspace();
        this.refreshStatus = shell.refreshStatus();
        this.user = shell.user();
        this.executor = shell.executor();
        this.i18n = shell.i18n();
        this.s = services;
        this.codes = codes;
        this.bookings = new Bookings(user, executor, i18n, shell.workspace(), services.agenda(), services.search());
        this.enrolments = new Enrolments(user, executor, i18n, services.groups());
    }

    void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    /** The view models of one case file's tab. */
    CaseFileModels models(UUID caseFileId) {
        TimelineViewModel timeline = new TimelineViewModel(user, executor, s.timeline(), s.interventions(), caseFileId);
        CaseFileViewModel[] file = new CaseFileViewModel[1];
        // After a change saved in the case file: its social history again, and the status bar's pending count.
        Runnable history = () -> {
            timeline.reload();
            refreshStatus.run();
        };
        file[0] = new CaseFileViewModel(user, executor, s.caseFiles(), caseFileId, history);
        Runnable fileAndHistory = () -> {
            file[0].load();
            history.run();
        };
        return new CaseFileModels(file[0], timeline,
                new InterventionFormViewModel(user, executor, s.interventions(), s.drafts(), caseFileId, history),
                new HouseholdViewModel(user, executor, i18n, s.households(), s.search(), fileAndHistory),
                new PlanViewModel(user, executor, i18n, s.plans(), caseFileId, fileAndHistory),
                new DemandsViewModel(user, executor, i18n, codes, s.resources(), caseFileId, history),
                new ReferralsViewModel(user, executor, i18n, s.referrals(), caseFileId, history),
                documents(caseFileId, file[0], history),
                new ConsentsViewModel(user, executor, i18n, s.consents(), caseFileId, history));
    }

    /** The Documents tab, whose workbench files what it makes and tells the tab and the social history. */
    private DocumentsViewModel documents(UUID caseFileId, CaseFileViewModel file, Runnable history) {
        DocumentsViewModel[] tab = new DocumentsViewModel[1];
        Supplier<DocumentWorkbenchViewModel> workbench = () -> new DocumentWorkbenchViewModel(user, executor, i18n,
                s.documents(), s.signatures(), caseFileId, () -> {
                    tab[0].reload();
                    history.run();
                });
        Supplier<List<String>> people = () -> {
            CaseFileDetails d = file.details.get();
            if (d == null) {
                return List.of();
            }
            CaseFileDetails.Member ref = d.referencePerson();
            return d.members().stream().sorted((a, b) -> Boolean.compare(b == ref, a == ref))
                    .map(CaseFileDetails.Member::displayName).toList();
        };
        tab[0] = new DocumentsViewModel(user, executor, i18n, s.attachments(), caseFileId, history, workbench,
                people, () -> file.details.get() == null ? "" : file.details.get().number(),
                () -> new VerificationViewModel(s.signatures(), executor));
        return tab[0];
    }

    CaseFileView caseFile(CaseFileModels models) {
        return new CaseFileView(models, i18n, codes, navigator, workspace);
    }

    /** The form of a person, or of a new one when {@code personId} is null. */
    PersonFormViewModel personForm(UUID personId, Consumer<PersonService.Created> onCreated) {
        PersonFormViewModel vm = new PersonFormViewModel(user, executor, s.people(), i18n::language, personId, onCreated);
        // A person saved is changes to send (a new one with their household and case file): the status bar counts them.
        vm.saved.addListener((o, was, now) -> {
            if (now) {
                refreshStatus.run();
            }
        });
        return vm;
    }

    PersonFormView personView(PersonFormViewModel vm) {
        PersonRecordsViewModel records = vm.isNew() ? null : new PersonRecordsViewModel(user, executor, s.people(), s.search(),
                i18n::language, vm.personId(), vm::merged);
        PersonExportViewModel export = vm.isNew() ? null
                : new PersonExportViewModel(user, executor, i18n, s.subjectAccess(), vm.personId());
        return new PersonFormView(vm, records, export, i18n, codes, h -> navigator.openPerson(h.personId(), h.caseFileId()));
    }

    /** Enrolment in a group activity, from a case file. */
    Enrolments enrolments() {
        return enrolments;
    }

    /** The booking form of the agenda, opened from a case file. */
    Bookings bookings() {
        return bookings;
    }

    I18n i18n() {
        return i18n;
    }
}
