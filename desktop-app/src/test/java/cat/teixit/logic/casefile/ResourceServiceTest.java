package cat.teixit.logic.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cat.teixit.logic.common.NotFoundException;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Sex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain demand → assessment → resource of a case file: links, order, what answers nothing, who may read it. */
class ResourceServiceTest {

    @TempDir
    Path dir;
    CaseFixture f;
    PersonService.Created c;

    @BeforeEach
    void open() throws Exception {
        f = new CaseFixture(dir);
        c = f.people.createWithNewHousehold(f.laia, CaseFixture.nuria(), null);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void eachDemandNewestFirstHoldsItsAssessmentsAndTheResourcesThatAnswerThem() {
        UUID housing = f.resources.addDemand(f.laia, c.caseFileId(), c.personId(), "3", "Ha de deixar el pis");
        UUID work = f.resources.addDemand(f.laia, c.caseFileId(), null, "4", "Vol trobar feina");
        UUID assessed = f.resources.addAssessment(f.laia, c.caseFileId(), null, housing, List.of("P01", "P02"), "2",
                "Risc de perdre l’habitatge");
        UUID first = f.resources.propose(f.laia, c.caseFileId(), null, null, assessed, "1.1.1", 12_000L, null);
        UUID second = f.resources.propose(f.jordi, c.caseFileId(), null, null, assessed, "1.1.2.3", null, null);
        UUID forWork = f.resources.propose(f.laia, c.caseFileId(), null, work, null, "2.1.13", null, null);
        UUID alone = f.resources.propose(f.laia, c.caseFileId(), null, null, null, "1.1.5", 5_000L, null);
        UUID looseAssessment = f.resources.addAssessment(f.laia, c.caseFileId(), null, null, List.of("P03"), null, null);

        DemandChain chain = f.resources.chain(f.laia, c.caseFileId());

        assertThat(chain.demands()).extracting(DemandChain.DemandEntry::id).containsExactly(work, housing);
        DemandChain.DemandEntry newest = chain.demands().get(0);
        assertThat(newest.assessments()).isEmpty();
        assertThat(newest.resources()).extracting(DemandChain.ResourceEntry::id).containsExactly(forWork);
        DemandChain.DemandEntry oldest = chain.demands().get(1);
        assertThat(oldest.areaCode()).isEqualTo("3");
        assertThat(oldest.personName()).isEqualTo("Núria Pagès");
        assertThat(oldest.authorName()).isEqualTo("Laia Puig Ferrer");
        assertThat(oldest.resources()).as("both answer its assessment").isEmpty();
        assertThat(oldest.assessments()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(assessed);
            assertThat(a.problemCodes()).containsExactly("P01", "P02");
            assertThat(a.personName()).as("the demand's person").isEqualTo("Núria Pagès");
            assertThat(a.resources()).extracting(DemandChain.ResourceEntry::id, DemandChain.ResourceEntry::demandId,
                    DemandChain.ResourceEntry::authorName, DemandChain.ResourceEntry::status)
                    .containsExactly(tuple(second, housing, "Jordi Serra Vidal", ResourceStatus.PROPOSED),
                            tuple(first, housing, "Laia Puig Ferrer", ResourceStatus.PROPOSED));
        });
        assertThat(chain.assessmentsWithoutDemand()).extracting(DemandChain.AssessmentEntry::id)
                .containsExactly(looseAssessment);
        assertThat(chain.resourcesWithoutDemand()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(alone);
            assertThat(r.costCents()).isEqualTo(5_000L);
            assertThat(r.personName()).isNull();
        });
    }

    @Test
    void aMovedResourceKeepsItsPlaceInTheChainWithItsNewStatusAndCost() {
        UUID demand = f.resources.addDemand(f.laia, c.caseFileId(), null, "1", "Informació sobre ajuts");
        UUID assessment = f.resources.addAssessment(f.laia, c.caseFileId(), null, demand, List.of("P04"), null, null);
        UUID resource = f.resources.propose(f.laia, c.caseFileId(), null, null, assessment, "1.1.1", null, null);
        long version = f.resources.chain(f.laia, c.caseFileId()).demands().getFirst().assessments().getFirst()
                .resources().getFirst().rowVersion();

        f.resources.changeStatus(f.laia, resource, version, ResourceStatus.REQUESTED, 30_050L);

        assertThat(f.resources.chain(f.laia, c.caseFileId()).demands().getFirst().assessments().getFirst().resources())
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(ResourceStatus.REQUESTED);
                    assertThat(r.costCents()).isEqualTo(30_050L);
                    assertThat(r.rowVersion()).isGreaterThan(version);
                });
    }

    @Test
    void aRecordCannotAnswerOneOfAnotherCaseFileNorADemandOtherThanItsAssessments() {
        PersonService.Created other = f.people.createWithNewHousehold(f.laia, PersonForm.basic("Omar", "Serra", null,
                IdDocumentType.NONE, null, LocalDate.of(1990, 1, 1), Sex.M), null);
        UUID theirDemand = f.resources.addDemand(f.laia, other.caseFileId(), null, "1", "Informació");
        UUID theirAssessment = f.resources.addAssessment(f.laia, other.caseFileId(), null, theirDemand, List.of("P01"),
                null, null);
        UUID myDemand = f.resources.addDemand(f.laia, c.caseFileId(), null, "1", "Informació");
        long before = f.count("resource_assignment") + f.count("assessment");

        assertThatThrownBy(() -> f.resources.addAssessment(f.laia, c.caseFileId(), null, theirDemand, List.of("P01"),
                null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.resources.propose(f.laia, c.caseFileId(), null, null, theirAssessment, "1.1.1", null,
                null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.resources.propose(f.laia, other.caseFileId(), null, myDemand, theirAssessment,
                "1.1.1", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.count("resource_assignment") + f.count("assessment")).isEqualTo(before);
    }

    @Test
    void theChainIsReadOnlyWithinTheCaseFilesScope() {
        f.resources.addDemand(f.laia, c.caseFileId(), c.personId(), "1", "Informació sobre ajuts de lloguer");

        assertThat(f.resources.chain(f.jordi, c.caseFileId()).demands()).as("same team").hasSize(1);
        assertThatThrownBy(() -> f.resources.chain(f.pau, c.caseFileId())).as("another team")
                .isInstanceOf(NotFoundException.class);
        assertThat(f.resources.chain(f.laia, f.people.createWithNewHousehold(f.laia, PersonForm.basic("Aina", "Roca",
                null, IdDocumentType.NONE, null, LocalDate.of(2000, 2, 2), Sex.F), null).caseFileId()).isEmpty())
                .isTrue();
    }
}
