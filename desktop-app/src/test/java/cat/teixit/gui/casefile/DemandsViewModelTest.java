package cat.teixit.gui.casefile;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.casefile.DemandsViewModel.Form;
import cat.teixit.gui.casefile.DemandRow.Kind;
import cat.teixit.gui.casefile.DemandRow.Row;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Demands and resources" tab's state and commands without the toolkit, on a real store. */
class DemandsViewModelTest {

    @TempDir
    Path dir;
    private Workstation w;
    private UUID caseFileId;
    private DemandsViewModel vm;
    private int changes;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        caseFileId = w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz",
                IdDocumentType.NONE, null, LocalDate.of(1981, 3, 14), Sex.F), null).caseFileId();
        I18n i18n = new I18n(Language.CATALAN);
        vm = new DemandsViewModel(laia, new SameThreadUiExecutor(), i18n, new Codes(w.catalogues(), i18n), w.resources(),
                caseFileId, () -> changes++);
        vm.reload();
    }

    @AfterEach
    void close() {
        w.close();
    }

    private CodeEntry code(Catalogue catalogue, String code) {
        return w.catalogues().find(catalogue, code).orElseThrow();
    }

    @Test
    void aDemandItsAssessmentAndAResourceProposedFromItMakeOneChainAndTheResourceMovesOn() {
        vm.startDemand();
        vm.demandAreaProperty().set(code(Catalogue.DEMAND_AREA, "3"));
        vm.demandTextProperty().set("Ha de deixar el pis a final de mes");
        vm.save();
        Row demand = vm.selectedProperty().get();
        assertThat(demand.kind()).isEqualTo(Kind.DEMAND);
        assertThat(demand.what()).isEqualTo("Allotjament alternatiu");
        assertThat(demand.professional()).isEqualTo("Laia Puig Ferrer");
        assertThat(vm.formProperty().get()).as("closed once saved").isEqualTo(Form.NONE);

        vm.startAssessment();
        assertThat(vm.linkProperty().get()).as("for the selected demand").isEqualTo(demand);
        vm.problemProperty().set(code(Catalogue.PROBLEM_CATEGORY, "P01"));
        vm.riskProperty().set(code(Catalogue.RISK_LEVEL, "2"));
        vm.save();
        Row assessment = vm.selectedProperty().get();
        assertThat(assessment.kind()).isEqualTo(Kind.ASSESSMENT);
        assertThat(assessment.what()).isEqualTo("Problemes de l’entorn · risc: Risc");

        vm.startResource();
        assertThat(vm.linkProperty().get()).as("from the selected assessment").isEqualTo(assessment);
        vm.resourceTypeProperty().set(code(Catalogue.RESOURCE_TYPE, "1.1.1"));
        vm.costProperty().set("1.234,5 €");
        vm.save();

        assertThat(vm.rows()).singleElement().satisfies(d -> assertThat(d.children()).singleElement()
                .satisfies(a -> assertThat(a.children()).singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(Kind.RESOURCE);
                    assertThat(r.what()).isEqualTo("Servei bàsic d’atenció social");
                    assertThat(r.status()).isEqualTo(ResourceStatus.PROPOSED);
                    assertThat(r.costCents()).isEqualTo(123_450L);
                    assertThat(r.statusDate()).isEqualTo(LocalDate.now(I18n.ZONE));
                })));
        Row resource = vm.selectedProperty().get();
        assertThat(resource.kind()).as("the new resource is selected").isEqualTo(Kind.RESOURCE);
        assertThat(vm.canChangeStatusProperty().get()).isTrue();

        vm.startStatus();
        assertThat(vm.nextStatuses()).containsExactly(ResourceStatus.REQUESTED, ResourceStatus.DENIED);
        assertThat(vm.statusCostProperty().get()).as("the cost as the table shows it").isEqualTo("1.234,50\u00a0€");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Tria el nou estat.");
        vm.nextStatusProperty().set(ResourceStatus.REQUESTED);
        vm.statusCostProperty().set("1300");
        vm.save();

        Row moved = vm.selectedProperty().get();
        assertThat(moved.id()).isEqualTo(resource.id());
        assertThat(moved.status()).isEqualTo(ResourceStatus.REQUESTED);
        assertThat(moved.costCents()).isEqualTo(130_000L);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(changes).as("the timeline told after each change").isEqualTo(4);

        // Granted, with who funds it; the form starts from what was recorded.
        vm.startStatus();
        assertThat(vm.statusFundingProperty().get()).isNull();
        vm.nextStatusProperty().set(ResourceStatus.GRANTED);
        vm.statusFundingProperty().set(cat.teixit.model.casefile.Funding.GENERALITAT);
        vm.save();
        Row granted = vm.selectedProperty().get();
        assertThat(granted.status()).isEqualTo(ResourceStatus.GRANTED);
        assertThat(granted.funding()).isEqualTo(cat.teixit.model.casefile.Funding.GENERALITAT);
        assertThat(granted.costCents()).as("the cost kept").isEqualTo(130_000L);
        vm.startStatus();
        assertThat(vm.statusFundingProperty().get()).isEqualTo(cat.teixit.model.casefile.Funding.GENERALITAT);
        vm.cancel();
    }

    @Test
    void whatAnswersNoDemandIsListedUnderItsOwnHeadingAfterTheDemands() {
        vm.startDemand();
        vm.demandAreaProperty().set(code(Catalogue.DEMAND_AREA, "1"));
        vm.demandTextProperty().set("Informació");
        vm.save();
        vm.selectedProperty().set(null);

        vm.startResource();
        assertThat(vm.linkProperty().get()).isNull();
        vm.resourceTypeProperty().set(code(Catalogue.RESOURCE_TYPE, "1.1.5"));
        vm.save();

        assertThat(vm.rows()).extracting(Row::kind).containsExactly(Kind.DEMAND, Kind.UNLINKED);
        assertThat(vm.rows().get(0).children()).isEmpty();
        assertThat(vm.rows().get(1).what()).isEqualTo("Sense demanda");
        assertThat(vm.rows().get(1).children()).singleElement()
                .satisfies(r -> assertThat(r.costCents()).isNull());
    }

    @Test
    void aRefusedFormStaysOpenWithWhatIsWrongFieldByField() {
        vm.startDemand();
        vm.demandTextProperty().set("   ");
        vm.save();
        assertThat(vm.formProperty().get()).isEqualTo(Form.DEMAND);
        assertThat(vm.errorProperty().get()).isEqualTo("Àmbit: Cal omplir-ho. Què demana: Cal omplir-ho.");

        vm.startResource();
        vm.resourceTypeProperty().set(code(Catalogue.RESOURCE_TYPE, "1.1.1"));
        vm.costProperty().set("12,345");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Escriu el cost en euros, per exemple 1.234,56.");
        assertThat(vm.formProperty().get()).isEqualTo(Form.RESOURCE);
        assertThat(vm.rows()).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aReadOnlyCaseFileOpensNoFormAndClosesTheOpenOne() {
        vm.startDemand();
        vm.demandTextProperty().set("A mig escriure");
        vm.editableProperty().set(false);
        assertThat(vm.formProperty().get()).isEqualTo(Form.NONE);
        assertThat(vm.demandTextProperty().get()).isEmpty();
        vm.startAssessment();
        assertThat(vm.formProperty().get()).isEqualTo(Form.NONE);
        assertThat(vm.canChangeStatusProperty().get()).isFalse();
    }

    @Test
    void anAmountThatCouldBeReadTwoWaysIsRefusedAndNothingIsProposed() {
        vm.startResource();
        vm.resourceTypeProperty().set(code(Catalogue.RESOURCE_TYPE, "1.1.5"));
        vm.costProperty().set("12,345");
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("Escriu el cost en euros, per exemple 1.234,56.");
        assertThat(vm.rows()).isEmpty();
        assertThat(changes).isZero();
    }
}
