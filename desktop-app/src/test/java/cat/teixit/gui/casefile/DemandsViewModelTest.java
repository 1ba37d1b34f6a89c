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
        vm.demandArea.set(code(Catalogue.DEMAND_AREA, "3"));
        vm.demandText.set("Ha de deixar el pis a final de mes");
        vm.save();
        Row demand = vm.selected.get();
        assertThat(demand.kind()).isEqualTo(Kind.DEMAND);
        assertThat(demand.what()).isEqualTo("Allotjament alternatiu");
        assertThat(demand.professional()).isEqualTo("Laia Puig Ferrer");
        assertThat(vm.form.get()).as("closed once saved").isEqualTo(Form.NONE);

        vm.startAssessment();
        assertThat(vm.link.get()).as("for the selected demand").isEqualTo(demand);
        vm.problem.set(code(Catalogue.PROBLEM_CATEGORY, "P01"));
        vm.risk.set(code(Catalogue.RISK_LEVEL, "2"));
        vm.save();
        Row assessment = vm.selected.get();
        assertThat(assessment.kind()).isEqualTo(Kind.ASSESSMENT);
        assertThat(assessment.what()).isEqualTo("Problemes de l’entorn · risc: Risc");

        vm.startResource();
        assertThat(vm.link.get()).as("from the selected assessment").isEqualTo(assessment);
        vm.resourceType.set(code(Catalogue.RESOURCE_TYPE, "1.1.1"));
        vm.cost.set("1.234,5 €");
        vm.save();

        assertThat(vm.rows).singleElement().satisfies(d -> assertThat(d.children()).singleElement()
                .satisfies(a -> assertThat(a.children()).singleElement().satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(Kind.RESOURCE);
                    assertThat(r.what()).isEqualTo("Servei bàsic d’atenció social");
                    assertThat(r.status()).isEqualTo(ResourceStatus.PROPOSED);
                    assertThat(r.costCents()).isEqualTo(123_450L);
                    assertThat(r.statusDate()).isEqualTo(LocalDate.now(I18n.ZONE));
                })));
        Row resource = vm.selected.get();
        assertThat(resource.kind()).as("the new resource is selected").isEqualTo(Kind.RESOURCE);
        assertThat(vm.canChangeStatus.get()).isTrue();

        vm.startStatus();
        assertThat(vm.nextStatuses).containsExactly(ResourceStatus.REQUESTED, ResourceStatus.DENIED);
        assertThat(vm.statusCost.get()).as("the cost as the table shows it").isEqualTo("1.234,50\u00a0€");
        vm.save();
        assertThat(vm.error.get()).isEqualTo("Tria el nou estat.");
        vm.nextStatus.set(ResourceStatus.REQUESTED);
        vm.statusCost.set("1300");
        vm.save();

        Row moved = vm.selected.get();
        assertThat(moved.id()).isEqualTo(resource.id());
        assertThat(moved.status()).isEqualTo(ResourceStatus.REQUESTED);
        assertThat(moved.costCents()).isEqualTo(130_000L);
        assertThat(vm.error.get()).isEmpty();
        assertThat(changes).as("the timeline told after each change").isEqualTo(4);

        // Granted, with who funds it; the form starts from what was recorded.
        vm.startStatus();
        assertThat(vm.statusFunding.get()).isNull();
        vm.nextStatus.set(ResourceStatus.GRANTED);
        vm.statusFunding.set(cat.teixit.model.casefile.Funding.GENERALITAT);
        vm.save();
        Row granted = vm.selected.get();
        assertThat(granted.status()).isEqualTo(ResourceStatus.GRANTED);
        assertThat(granted.funding()).isEqualTo(cat.teixit.model.casefile.Funding.GENERALITAT);
        assertThat(granted.costCents()).as("the cost kept").isEqualTo(130_000L);
        vm.startStatus();
        assertThat(vm.statusFunding.get()).isEqualTo(cat.teixit.model.casefile.Funding.GENERALITAT);
        vm.cancel();
    }

    @Test
    void whatAnswersNoDemandIsListedUnderItsOwnHeadingAfterTheDemands() {
        vm.startDemand();
        vm.demandArea.set(code(Catalogue.DEMAND_AREA, "1"));
        vm.demandText.set("Informació");
        vm.save();
        vm.selected.set(null);

        vm.startResource();
        assertThat(vm.link.get()).isNull();
        vm.resourceType.set(code(Catalogue.RESOURCE_TYPE, "1.1.5"));
        vm.save();

        assertThat(vm.rows).extracting(Row::kind).containsExactly(Kind.DEMAND, Kind.UNLINKED);
        assertThat(vm.rows.get(0).children()).isEmpty();
        assertThat(vm.rows.get(1).what()).isEqualTo("Sense demanda");
        assertThat(vm.rows.get(1).children()).singleElement()
                .satisfies(r -> assertThat(r.costCents()).isNull());
    }

    @Test
    void aRefusedFormStaysOpenWithWhatIsWrongFieldByField() {
        vm.startDemand();
        vm.demandText.set("   ");
        vm.save();
        assertThat(vm.form.get()).isEqualTo(Form.DEMAND);
        assertThat(vm.error.get()).isEqualTo("Àmbit: Cal omplir-ho. Què demana: Cal omplir-ho.");

        vm.startResource();
        vm.resourceType.set(code(Catalogue.RESOURCE_TYPE, "1.1.1"));
        vm.cost.set("12,345");
        vm.save();
        assertThat(vm.error.get()).isEqualTo("Escriu el cost en euros, per exemple 1.234,56.");
        assertThat(vm.form.get()).isEqualTo(Form.RESOURCE);
        assertThat(vm.rows).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aReadOnlyCaseFileOpensNoFormAndClosesTheOpenOne() {
        vm.startDemand();
        vm.demandText.set("A mig escriure");
        vm.editable.set(false);
        assertThat(vm.form.get()).isEqualTo(Form.NONE);
        assertThat(vm.demandText.get()).isEmpty();
        vm.startAssessment();
        assertThat(vm.form.get()).isEqualTo(Form.NONE);
        assertThat(vm.canChangeStatus.get()).isFalse();
    }

    @Test
    void anAmountThatCouldBeReadTwoWaysIsRefusedAndNothingIsProposed() {
        vm.startResource();
        vm.resourceType.set(code(Catalogue.RESOURCE_TYPE, "1.1.5"));
        vm.cost.set("12,345");
        vm.save();
        assertThat(vm.error.get()).isEqualTo("Escriu el cost en euros, per exemple 1.234,56.");
        assertThat(vm.rows).isEmpty();
        assertThat(changes).isZero();
    }
}
