package cat.teixit.logic.casefile;

import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.ResourceStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SIUSS chain of a case file: each demand (newest first) with the assessments that answer it and
 * the resources proposed for it, a resource under the assessment it answers; then what answers no
 * demand. Names are the person's ("who": given name and first surname) and the professional's, null
 * when unknown here. Immutable snapshot.
 */
public record DemandChain(List<DemandEntry> demands, List<AssessmentEntry> assessmentsWithoutDemand,
        List<ResourceEntry> resourcesWithoutDemand) {

    public DemandChain {
        demands = List.copyOf(demands);
        assessmentsWithoutDemand = List.copyOf(assessmentsWithoutDemand);
        resourcesWithoutDemand = List.copyOf(resourcesWithoutDemand);
    }

    /** True when the case file has no demand, assessment or resource. */
    public boolean isEmpty() {
        return demands.isEmpty() && assessmentsWithoutDemand.isEmpty() && resourcesWithoutDemand.isEmpty();
    }

    /** A demand (demanda), its assessments and the resources proposed for it without an assessment. */
    public record DemandEntry(UUID id, Instant at, String areaCode, String description, UUID personId,
            String personName, String authorName, List<AssessmentEntry> assessments, List<ResourceEntry> resources) {
        public DemandEntry {
            assessments = List.copyOf(assessments);
            resources = List.copyOf(resources);
        }
    }

    /** An assessment (valoració) with its coded problems and the resources that answer it. */
    public record AssessmentEntry(UUID id, UUID demandId, Instant at, List<String> problemCodes, String riskLevel,
            String notes, UUID personId, String personName, String authorName, List<ResourceEntry> resources) {
        public AssessmentEntry {
            problemCodes = List.copyOf(problemCodes);
            resources = List.copyOf(resources);
        }
    }

    /**
     * A resource (recurs / prestació) where its status flow stands, with its cost in cents (null: none) and who funds
     * it (null: not recorded).
     */
    public record ResourceEntry(UUID id, UUID demandId, UUID assessmentId, Instant at, String resourceCode,
            ResourceStatus status, Instant statusAt, Long costCents, Funding funding, String notes, UUID personId,
            String personName,
            String authorName, long rowVersion) {
    }
}
