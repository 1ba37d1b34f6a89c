package cat.teixit.gui.aid;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.aid.Aid;
import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseRecords;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Aids screen without the toolkit, on a real store: anonymous, from a case file (what-if), printed and filed. */
class AidSimulatorViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser laia;
    /** The printouts the screen showed to print. */
    private final List<Path> shown = new ArrayList<>();
    private PersonService.Created nuria;

    @BeforeEach
    void open() throws Exception {
        Files.writeString(dir.resolve("settings.properties"), "council.name=Ajuntament de Salt\ncouncil.town=Salt\n",
                StandardCharsets.UTF_8);
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        nuria = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès Muñoz", null,
                IdDocumentType.NONE, null, LocalDate.of(1985, 3, 2), Sex.F), null);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private AidSimulatorViewModel model(boolean mayFile) {
        I18n i18n = new I18n(Language.CATALAN);
        AidSimulatorViewModel vm = new AidSimulatorViewModel(laia, new SameThreadUiExecutor(), i18n, w.aids(),
                w.caseFiles(), w.documents(), mayFile, e -> ErrorKeys.describe(i18n, e),
                code -> new cat.teixit.gui.common.Codes(w.catalogues(), i18n).label(
                        cat.teixit.logic.catalogue.Catalogue.MUNICIPALITY, code), shown::add, TODAY);
        vm.load();
        return vm;
    }

    /** An adult born in 1980 with 3,600 € a year, five years in Spain and Catalonia, typed and simulated. */
    private static void simulateOneAdult(AidSimulatorViewModel vm) {
        AidSimulatorViewModel.MemberRow adult = vm.members.getFirst();
        adult.birthDate.set(LocalDate.of(1980, 1, 1));
        adult.income.set("3.600,00");
        adult.monthsSpain.set("60");
        adult.monthsCatalonia.set("60");
        vm.simulate();
    }

    private static AidResult result(AidSimulatorViewModel vm, Aid aid) {
        return vm.results.stream().filter(r -> r.aid() == aid).findFirst().orElseThrow();
    }

    @Test
    void anAnonymousHouseholdIsSimulatedAndNothingIsStored() {
        long before = w.caseFiles().mine(laia).size();
        AidSimulatorViewModel vm = model(true);
        simulateOneAdult(vm);
        assertThat(vm.error.get()).isNull();
        assertThat(vm.results).hasSize(Aid.values().length);
        assertThat(result(vm, Aid.IMV).monthlyAmount()).isEqualByComparingTo("358.81");
        assertThat(result(vm, Aid.IMV).steps(Language.ENGLISH)).anyMatch(s -> s.contains("BOE-A-2025-1560"));
        assertThat(w.caseFiles().mine(laia)).hasSize((int) before);
        vm.printAndFile();
        assertThat(vm.error.get()).isEqualTo("Tria un expedient i fes la simulació abans d’imprimir-la.");
    }

    @Test
    void anAnonymousResultIsPrintedInCatalanWithItsReasoningAndNothingIsFiled() throws Exception {
        AidSimulatorViewModel vm = model(true);
        vm.print();
        assertThat(vm.error.get()).isEqualTo("Fes la simulació abans d’imprimir-la.");
        assertThat(shown).isEmpty();
        simulateOneAdult(vm);
        long attachments = w.caseFiles().mine(laia).stream()
                .mapToLong(c -> w.attachments().attachments(laia, c.id()).size()).sum();
        assertThat(vm.summary.get()).isEqualTo("Pot tenir dret a 3 ajuts: Ingrés mínim vital (IMV), Renda garantida "
                + "de ciutadania, Bo social elèctric. Import mensual estimat: 478,49\u00a0€.");
        vm.print();
        assertThat(vm.error.get()).isNull();
        assertThat(shown).hasSize(1);
        String pdf = cat.teixit.logic.documents.DocumentFixture.text(Files.readAllBytes(shown.getFirst()))
                .replaceAll("\\s+", " ");
        assertThat(pdf).contains("Resultat de la simulació d’ajuts", "facilitades en l’entrevista", "Seguretat Social",
                "358,81 €", "Es compleix:", "sol·licitant").doesNotContain("Expedient", "Met:", "a month", "Rules:");
        assertThat(w.caseFiles().mine(laia).stream().mapToLong(c -> w.attachments().attachments(laia, c.id()).size()).sum())
                .isEqualTo(attachments);
    }

    @Test
    void badInputIsNamedInCatalanAndNothingRuns() {
        AidSimulatorViewModel vm = model(true);
        AidSimulatorViewModel.MemberRow adult = vm.members.getFirst();
        vm.simulate();
        assertThat(vm.error.get()).isEqualTo("Falta la data de naixement de Membre 1.");
        adult.name.set("Anna");
        adult.birthDate.set(TODAY.plusDays(1));
        vm.simulate();
        assertThat(vm.error.get()).isEqualTo("La data de naixement de Anna és posterior a la data de la simulació.");
        adult.birthDate.set(LocalDate.of(1980, 1, 1));
        adult.income.set("-20");
        vm.simulate();
        assertThat(vm.error.get()).isEqualTo("Escriu els ingressos de Anna en euros, sense signe negatiu.");
        assertThat(vm.results).isEmpty();
        adult.income.set("0");
        adult.birthDate.set(LocalDate.of(2012, 1, 1));
        vm.simulate();
        assertThat(vm.error.get()).contains("un infant no pot ser l’únic adult");
        adult.birthDate.set(LocalDate.of(1980, 1, 1));
        adult.role.set(Household.Role.OTHER);
        vm.simulate();
        assertThat(vm.error.get()).isEqualTo("Hi ha d’haver exactament una persona de referència.");
        adult.role.set(Household.Role.REFERENCE);
        vm.members.clear();
        vm.simulate();
        assertThat(vm.error.get()).isEqualTo("Afegeix almenys un membre.");
    }

    @Test
    void fromACaseFileTheHouseholdIsPrefilledChangedAsAWhatIfPrintedAndFiled() {
        AidSimulatorViewModel vm = model(true);
        var c = vm.caseChoices.stream().filter(s -> s.id().equals(nuria.caseFileId())).findFirst().orElseThrow();
        vm.prefill(c);
        assertThat(vm.members).hasSize(1);
        AidSimulatorViewModel.MemberRow ref = vm.members.getFirst();
        assertThat(ref.name.get()).isEqualTo("Núria Pagès Muñoz");
        assertThat(ref.birthDate.get()).isEqualTo(LocalDate.of(1985, 3, 2));
        assertThat(ref.role.get()).isEqualTo(Household.Role.REFERENCE);
        // What if she had a baby and no income: the case file is not changed.
        ref.monthsSpain.set("60");
        ref.monthsCatalonia.set("60");
        ref.singleParent.set(true);
        AidSimulatorViewModel.MemberRow baby = vm.addMember();
        baby.birthDate.set(LocalDate.of(2024, 9, 1));
        baby.role.set(Household.Role.CHILD);
        vm.constitutedMonths.set("9");
        vm.simulate();
        assertThat(result(vm, Aid.IMV).monthlyAmount()).isEqualByComparingTo("1001.40");
        assertThat(result(vm, Aid.IMV_CAPI).monthlyAmount()).isEqualByComparingTo("115.00");
        // The members are named as typed in the reasoning (the unnamed baby as "Membre 2").
        assertThat(result(vm, Aid.IMV_CAPI).steps(Language.CATALAN)).anyMatch(x -> x.startsWith("Menor Membre 2: 0 anys"));
        assertThat(w.caseFiles().load(laia, nuria.caseFileId()).members()).hasSize(1);

        vm.printAndFile();
        assertThat(vm.error.get()).isNull();
        assertThat(vm.filed.get()).contains("s’ha arxivat a l’expedient " + c.number());
        assertThat(w.attachments().attachments(laia, nuria.caseFileId())).extracting(CaseRecords.AttachmentItem::fileName)
                .anyMatch(n -> n.endsWith(".pdf"));
    }

    @Test
    void whoMayNotFileCannotPrintIntoTheCaseFile() {
        AidSimulatorViewModel vm = model(false);
        vm.prefill(vm.caseChoices.stream().filter(s -> s.id().equals(nuria.caseFileId())).findFirst().orElseThrow());
        vm.members.getFirst().monthsSpain.set("60");
        vm.simulate();
        assertThat(vm.results).isNotEmpty();
        vm.printAndFile();
        assertThat(vm.error.get()).isNotNull();
        assertThat(w.attachments().attachments(laia, nuria.caseFileId())).isEmpty();
    }
}
