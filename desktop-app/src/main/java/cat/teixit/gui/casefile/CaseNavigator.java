package cat.teixit.gui.casefile;

import cat.teixit.gui.common.View;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.person.PersonFormView;
import cat.teixit.gui.person.PersonFormViewModel;
import cat.teixit.gui.shell.Navigator;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.casefile.CaseFileDetails;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** Opens case files, people and the new-person form in the workspace's tabs. Use from the FX thread. */
public final class CaseNavigator implements Navigator {

    static final String NEW_PERSON = "person-new";

    private final Workspace workspace;
    private final CaseServices services;

    /** @param services builds the case services around this navigator (they need it to open things) */
    public CaseNavigator(Workspace workspace, Function<Navigator, CaseServices> services) {
        this.workspace = workspace;
        this.services = services.apply(this);
    }

    public CaseServices services() {
        return services;
    }

    @Override
    public void openCaseFile(UUID caseFileId) {
        CaseFileViewModel vm = new CaseFileViewModel(services, caseFileId);
        StringBinding title = Bindings.createStringBinding(() -> {
            CaseFileDetails d = vm.detailsProperty().get();
            if (d == null) {
                return services.i18n().t("casefile.loading");
            }
            CaseFileDetails.Member ref = d.referencePerson();
            return ref == null ? d.householdName() : ref.surnames() + ", " + ref.givenName().charAt(0) + ".";
        }, vm.detailsProperty(), services.i18n().shownLanguage());
        workspace.open("case-" + caseFileId, title, AppIcon.CASE_FILES.node(), true, () -> new CaseFileView(services, vm));
    }

    @Override
    public void openPerson(UUID personId, UUID caseFileId) {
        if (caseFileId != null) {
            openCaseFile(caseFileId);
            return;
        }
        PersonFormViewModel vm = new PersonFormViewModel(services, personId);
        StringBinding title = Bindings.createStringBinding(() -> vm.givenNameProperty().get().isBlank()
                ? services.i18n().t("person.edit.title")
                : vm.givenNameProperty().get() + " " + vm.surname1Property().get(), vm.givenNameProperty(),
                vm.surname1Property(), services.i18n().shownLanguage());
        workspace.open("person-" + personId, title, AppIcon.PERSON.node(), true,
                () -> new PersonFormView(vm, services.i18n(), services.catalogues(), h -> openPerson(h.personId(), h.caseFileId())));
    }

    @Override
    public void newPerson() {
        workspace.open(NEW_PERSON, services.i18n().bind("person.new.title"), AppIcon.PERSON_ADD.node(), true, () -> {
            PersonFormViewModel vm = new PersonFormViewModel(services, created -> {
                workspace.close(NEW_PERSON);
                openCaseFile(created.caseFileId());
            });
            return new PersonFormView(vm, services.i18n(), services.catalogues(),
                    h -> openPerson(h.personId(), h.caseFileId()));
        });
    }

    @Override
    public void newPersonInHousehold(UUID householdId, Runnable onAdded) {
        String key = "person-new-" + householdId;
        workspace.open(key, services.i18n().bind("person.new.title"), AppIcon.PERSON_ADD.node(), true, () -> {
            PersonFormViewModel vm = new PersonFormViewModel(services, created -> {
                workspace.close(key);
                onAdded.run();
            }).joining(householdId);
            return new PersonFormView(vm, services.i18n(), services.catalogues(),
                    h -> openPerson(h.personId(), h.caseFileId()));
        });
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
