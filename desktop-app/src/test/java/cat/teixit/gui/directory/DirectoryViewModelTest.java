package cat.teixit.gui.directory;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.directory.DemoDirectory;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ReferralTargetKind;
import cat.teixit.model.casefile.Sex;
import cat.teixit.model.directory.EntryRow;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory's screen without the toolkit, on a real store: a professional searches, refers a case file to the
 * entry chosen (the target prefilled) and files its sheet; the administrator edits only what changed; a professional
 * cannot start editing.
 */
class DirectoryViewModelTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    private CurrentUser admin;
    private final List<Path> shown = new ArrayList<>();
    /** How many times the screen said it saved a change (the status bar then counts what is to send). */
    private int changesSaved;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = login("laia");
        admin = login("admin");
        DemoDirectory.seed(w.directory(), admin);
    }

    private CurrentUser login(String name) {
        return ((LoginResult.Success) w.auth().login(name, DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    @AfterEach
    void close() {
        w.close();
    }

    private DirectoryViewModel model(CurrentUser u, boolean caseWork) {
        I18n i18n = new I18n(Language.CATALAN);
        return new DirectoryViewModel(u, new SameThreadUiExecutor(), i18n, new DirectoryViewModel.Services(
                w.directory(), w.directorySheets(), w.documents(), w.caseFiles(), w.referrals(), file -> shown.add(file),
                caseWork), e -> ErrorKeys.describe(i18n, e), () -> changesSaved++);
    }

    @Test
    void aProfessionalFindsAResourceRefersACaseFileToItAndFilesItsSheet() {
        PersonService.Created nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", null,
                IdDocumentType.NONE, null, LocalDate.of(1985, 3, 2), Sex.F), null);
        DirectoryViewModel vm = model(laia, true);
        vm.load();
        assertThat(vm.results).hasSize(DemoDirectory.entries().size());
        vm.query.set("formacio");
        vm.search();
        assertThat(vm.results).extracting(EntryRow::name).anyMatch(n -> n.contains("Formació"));
        assertThat(vm.status.get()).endsWith("recursos");
        vm.query.set("soap");
        vm.search();
        vm.selectedProperty().set(vm.results.getFirst());
        assertThat(vm.mayEdit()).isFalse();
        vm.form().startEdit();
        assertThat(vm.form().editing.get()).isFalse();

        vm.referral().caseFile.set(vm.referral().caseChoices.stream()
                .filter(c -> c.id().equals(nuria.caseFileId())).findFirst().orElseThrow());
        vm.referral().reason.set("Acompanyament a la recerca de feina");
        // A service outside the social services: not without the person's consent to share the file.
        vm.referral().refer();
        assertThat(vm.errorProperty().get()).startsWith("La persona no ha donat el consentiment per compartir");
        assertThat(w.referrals().referrals(laia, nuria.caseFileId())).isEmpty();
        assertThat(changesSaved).as("nothing saved yet").isZero();
        w.consents().record(laia, nuria.personId(), cat.teixit.model.casefile.ConsentPurpose.SHARING,
                LocalDate.now(java.time.ZoneId.of("Europe/Madrid")), null, null);
        vm.referral().refer();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).startsWith("S’ha registrat la derivació");
        CaseRecords.ReferralItem r = w.referrals().referrals(laia, nuria.caseFileId()).getFirst();
        assertThat(r.targetKind()).isEqualTo(ReferralTargetKind.SERVICE);
        assertThat(r.target()).isEqualTo("SOAP – Servei d'Orientació i Acompanyament a la Persona (Ajuntament de Girona)");
        assertThat(r.reason()).isEqualTo("Acompanyament a la recerca de feina");
        assertThat(changesSaved).as("the referral saved").isEqualTo(1);

        vm.referral().printForCase();
        assertThat(vm.noticeProperty().get()).startsWith("S’ha arxivat el full");
        assertThat(shown).hasSize(1).allMatch(p -> p.toString().endsWith(".pdf"));
        assertThat(w.attachments().attachments(laia, nuria.caseFileId())).hasSize(1);
        assertThat(changesSaved).as("and the sheet filed").isEqualTo(2);
        vm.referral().printSheet();
        assertThat(changesSaved).as("a sheet only printed saves nothing").isEqualTo(2);
    }

    @Test
    void theAdministratorEditsOnlyWhatChangedAndDeactivates() {
        DirectoryViewModel vm = model(admin, false);
        vm.load();
        vm.query.set("otg salt");
        vm.search();
        vm.selectedProperty().set(vm.results.getFirst());
        vm.form().startEdit();
        assertThat(vm.form().editing.get()).isTrue();
        assertThat(vm.form().changedFields()).isEmpty();
        vm.form().field("phone").set("972 000 998");
        vm.form().field("latitude").set("41,9755");
        assertThat(vm.form().changedFields()).containsExactly("phone", "latitude");
        vm.form().save();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.form().editing.get()).isFalse();
        assertThat(vm.selectedProperty().get().phone()).isEqualTo("972 000 998");
        assertThat(vm.selectedProperty().get().latitude()).isEqualTo(41.9755);
        assertThat(changesSaved).as("the entry saved").isEqualTo(1);

        // A coordinate that is no number: said, nothing saved.
        vm.form().startEdit();
        vm.form().field("longitude").set("est");
        vm.form().save();
        assertThat(vm.errorProperty().get()).isEqualTo("Escriviu un nombre (per exemple 41,98).");
        assertThat(vm.form().editing.get()).isTrue();
        vm.form().cancelEdit();

        vm.form().toggleActive();
        assertThat(vm.selectedProperty().get().active()).isFalse();
        assertThat(w.directory().search(laia, "otg salt", null)).isEmpty();
        vm.showInactive.set(true);
        vm.search();
        assertThat(vm.results).extracting(EntryRow::name).contains("Oficina de Treball de Salt (OTG)");
    }
}
