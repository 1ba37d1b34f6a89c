package cat.teixit.gui.audit;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.audit.AuditPrintout;
import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Auditoria area without the toolkit, on a real SQLite store: the two lists, bad input, the PDF/A. */
class AuditViewModelTest {

    @TempDir
    static Path dir;

    static Workstation w;
    static CurrentUser laia;
    static CurrentUser montse;
    static String number;

    @BeforeAll
    static void open() throws Exception {
        w = Workstation.openDemoStore(dir, InstanceLock.acquire(dir), TestKeys.KEY);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        PersonService.Created c = w.people().createWithNewHousehold(laia, PersonForm.basic("Prova", "Auditoria", null,
                IdDocumentType.NONE, null, LocalDate.of(1975, 1, 2), Sex.M), "2");
        w.caseFiles().markOpened(laia, c.caseFileId());
        number = w.caseFiles().load(laia, c.caseFileId()).number();
        montse = ((LoginResult.Success) w.auth().login("montse", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
    }

    @AfterAll
    static void close() {
        w.close();
    }

    private static AuditViewModel model() {
        AuditViewModel vm = new AuditViewModel(montse, new SameThreadUiExecutor(), new I18n(Language.CATALAN),
                w.audit(), w.auditPrintout(), LocalDate.now(AuditViewModel.ZONE));
        vm.load();
        return vm;
    }

    @Test
    void listsWhoAccessedACaseFileByItsNumber() {
        AuditViewModel vm = model();
        vm.caseNumber.set(" " + number + " ");
        vm.byCaseFile();
        assertThat(vm.error.get()).isNull();
        assertThat(vm.rows).extracting(AuditTrail.Row::action).contains(AuditAction.VIEW, AuditAction.CHANGE);
        assertThat(vm.rows).allSatisfy(r -> assertThat(r.caseNumber()).isEqualTo(number));
        assertThat(vm.title.get()).contains(number);
    }

    @Test
    void listsWhatAProfessionalDidInAPeriod() {
        AuditViewModel vm = model();
        assertThat(vm.professionals).extracting(AuditTrail.Professional::displayName).contains("Laia Puig Ferrer");
        vm.professional.set(vm.professionals.stream().filter(p -> p.id().equals(laia.id())).findFirst()
                .orElseThrow());
        vm.byProfessional();
        assertThat(vm.rows).extracting(AuditTrail.Row::action).startsWith(AuditAction.LOGIN)
                .contains(AuditAction.CHANGE, AuditAction.VIEW);
        assertThat(vm.rows).allSatisfy(r -> assertThat(r.professional()).isEqualTo("Laia Puig Ferrer"));

        vm.from.set(LocalDate.now().plusDays(2));
        vm.to.set(LocalDate.now().plusDays(1));
        vm.byProfessional();
        assertThat(vm.error.get()).isEqualTo("audit.error.period");
    }

    @Test
    void anUnknownNumberIsSaidAndNothingListed() {
        AuditViewModel vm = model();
        vm.caseNumber.set("NO-SUCH-1");
        vm.byCaseFile();
        assertThat(vm.error.get()).isEqualTo("audit.error.noCaseFile");
        assertThat(vm.rows).isEmpty();
        vm.caseNumber.set("  ");
        vm.byCaseFile();
        assertThat(vm.error.get()).isEqualTo("audit.error.number");
    }

    @Test
    void theListIsSavedAsPdfAAndTheExportIsAudited() throws Exception {
        AuditViewModel vm = model();
        vm.caseNumber.set(number);
        vm.byCaseFile();
        Path file = dir.resolve("out").resolve(vm.fileName());
        vm.exportPdf(file);
        assertThat(vm.error.get()).isNull();
        assertThat(vm.saved.get()).isEqualTo("auditoria.pdf");
        byte[] pdf = Files.readAllBytes(file);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(cat.teixit.logic.documents.DocumentFixture.pdfaProblems(pdf)).as("PDF/A-3b").isNull();
        assertThat(w.audit().rowsOfUser(montse, montse.id(), java.time.Instant.now().minusSeconds(600),
                java.time.Instant.now().plusSeconds(5))).extracting(AuditTrail.Row::action).contains(AuditAction.EXPORT);
    }
}
