package cat.teixit.gui.casefile;

import cat.teixit.gui.agenda.AppointmentFormViewModel;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.casefile.CaseFileDetails;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Opens case files, people and the new-person form in the workspace's tabs. Use from the FX thread. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class CaseNavigator implements Navigator {

    static final String NEW_PERSON = "person-new";

    private final Workspace workspace;
    private final I18n i18n;
    private final CaseScreens screens;

    @Override
    public void openCaseFile(UUID caseFileId) {
        CaseFileModels models = screens.models(caseFileId);
        StringBinding title = Bindings.createStringBinding(() -> {
            CaseFileDetails d = models.file().details.get();
            if (d == null) {
                return i18n.t("casefile.loading");
            }
            CaseFileDetails.Member ref = d.referencePerson();
            return ref == null ? d.householdName() : ref.surnames() + ", " + ref.givenName().charAt(0) + ".";
        }, models.file().details, i18n.shownLanguage());
        workspace.open("case-" + caseFileId, title, AppIcon.CASE_FILES.node(), true, () -> screens.caseFile(models));
    }

    @Override
    public void openPerson(UUID personId, UUID caseFileId) {
        if (caseFileId != null) {
            openCaseFile(caseFileId);
            return;
        }
        PersonFormViewModel vm = screens.personForm(personId, c -> { });
        PersonFormFields f = vm.fields();
        StringBinding title = Bindings.createStringBinding(() -> f.givenName.get().isBlank()
                ? i18n.t("person.edit.title") : f.givenName.get() + " " + f.surname1.get(),
                f.givenName, f.surname1, i18n.shownLanguage());
        workspace.open("person-" + personId, title, AppIcon.PERSON.node(), true, () -> screens.personView(vm));
    }

    @Override
    public void newPerson() {
        workspace.open(NEW_PERSON, i18n.bind("person.new.title"), AppIcon.PERSON_ADD.node(), true,
                () -> screens.personView(screens.personForm(null, created -> {
                    workspace.close(NEW_PERSON);
                    openCaseFile(created.caseFileId());
                })));
    }

    @Override
    public void newPersonInHousehold(UUID householdId, Runnable onAdded) {
        String key = "person-new-" + householdId;
        workspace.open(key, i18n.bind("person.new.title"), AppIcon.PERSON_ADD.node(), true,
                () -> screens.personView(screens.personForm(null, created -> {
                    workspace.close(key);
                    onAdded.run();
                }).joining(householdId)));
    }

    @Override
    public void newAppointment(UUID caseFileId, UUID householdId, UUID personId, String withWhom) {
        screens.bookings().book(new AppointmentFormViewModel.Prefill(personId, householdId, caseFileId, withWhom), null,
                () -> { });
    }

    @Override
    public void enrolInActivity(UUID caseFileId, UUID personId, String who, javafx.stage.Window owner) {
        screens.enrolments().choose(caseFileId, personId, who, owner);
    }

    /** Ctrl+N: a new intervention in an open case file, otherwise a new person. */
    public void newThing() {
        View selected = workspace.selectedView().orElse(null);
        if (selected instanceof CaseFileView cf) {
            cf.newIntervention();
        } else {
            newPerson();
        }
    }
}
