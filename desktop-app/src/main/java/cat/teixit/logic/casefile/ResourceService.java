package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.Assessment;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Demand;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.casefile.ResourceStatus;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.StoreTx;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Demand, assessment and resource (demanda, valoració, recurs) with coded values from the
 * catalogues, and the resource status flow proposed -> requested -> granted / denied -> started ->
 * finished. Thread-safe.
 */
public final class ResourceService {

    public static final int TEXT_MAX = 4000;

    private final CaseDeps deps;

    public ResourceService(CaseDeps deps) {
        this.deps = deps;
    }

    /** The statuses a resource may move to from {@code from}. */
    public static Set<ResourceStatus> next(ResourceStatus from) {
        return switch (from) {
            case PROPOSED -> EnumSet.of(ResourceStatus.REQUESTED, ResourceStatus.DENIED);
            case REQUESTED -> EnumSet.of(ResourceStatus.GRANTED, ResourceStatus.DENIED);
            case GRANTED -> EnumSet.of(ResourceStatus.STARTED, ResourceStatus.FINISHED);
            case STARTED -> EnumSet.of(ResourceStatus.FINISHED);
            case DENIED, FINISHED -> EnumSet.noneOf(ResourceStatus.class);
        };
    }

    public UUID addDemand(CurrentUser user, UUID caseFileId, UUID personId, String areaCode, String description) {
        ValidationErrors e = new ValidationErrors();
        if (!deps.catalogues().isActive(Catalogue.DEMAND_AREA, areaCode)) {
            e.add("area", "validation.required");
        }
        String text = text(e, "description", description, true);
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = caseFile(user, cs, caseFileId);
            Demand d = new Demand(Ids.newId(), cf.getScope());
            d.file(cf.getId(), personId, deps.clock().instant(), user.id());
            d.setAreaCode(areaCode);
            d.setDescription(text);
            return cs.insert(d).getId();
        });
    }

    /**
     * Records an assessment, answering the demand {@code demandId} of the same case file (null: none); the
     * person is the demand's unless given.
     */
    public UUID addAssessment(CurrentUser user, UUID caseFileId, UUID personId, UUID demandId, List<String> problemCodes,
            String riskLevel, String notes) {
        ValidationErrors e = new ValidationErrors();
        if (problemCodes == null || problemCodes.isEmpty()
                || problemCodes.stream().anyMatch(c -> !deps.catalogues().isActive(Catalogue.PROBLEM_CATEGORY, c))) {
            e.add("problems", "validation.required");
        }
        if (riskLevel != null && !deps.catalogues().isActive(Catalogue.RISK_LEVEL, riskLevel)) {
            e.add("risk", "validation.unknownCode");
        }
        String text = text(e, "notes", notes, false);
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = caseFile(user, cs, caseFileId);
            Demand d = demandId == null ? null
                    : onCaseFile(cs, Demand.class, demandId, cf, Demand::getCaseFileId, "demand");
            Assessment a = new Assessment(Ids.newId(), cf.getScope());
            a.file(cf.getId(), personId != null || d == null ? personId : d.getPersonId(), deps.clock().instant(),
                    user.id());
            a.setDemandId(demandId);
            a.setProblemCodes(String.join(",", problemCodes));
            a.setRiskLevel(riskLevel);
            a.setNotes(text);
            return cs.insert(a).getId();
        });
    }

    /**
     * Proposes a resource (status PROPOSED) with its expected cost in cents (may be null), answering the
     * assessment {@code assessmentId} (its demand follows from it) or else the demand {@code demandId}, both
     * of the same case file (null: none). The person is the assessment's or the demand's unless given.
     */
    public UUID propose(CurrentUser user, UUID caseFileId, UUID personId, UUID demandId, UUID assessmentId,
            String resourceCode, Long costCents, String notes) {
        ValidationErrors e = new ValidationErrors();
        if (!deps.catalogues().isActive(Catalogue.RESOURCE_TYPE, resourceCode)) {
            e.add("resource", "validation.required");
        }
        if (costCents != null && (costCents < 0 || costCents > 100_000_000L)) {
            e.add("cost", "resource.error.cost");
        }
        String text = text(e, "notes", notes, false);
        e.throwIfAny();
        return deps.change(user, cs -> {
            CaseFile cf = caseFile(user, cs, caseFileId);
            Assessment a = assessmentId == null ? null
                    : onCaseFile(cs, Assessment.class, assessmentId, cf, Assessment::getCaseFileId, "assessment");
            UUID demand = a == null ? demandId : a.getDemandId();
            if (a != null && demandId != null && !demandId.equals(demand)) {
                throw new IllegalArgumentException("the resource's demand is its assessment's");
            }
            Demand d = demand == null ? null
                    : onCaseFile(cs, Demand.class, demand, cf, Demand::getCaseFileId, "demand");
            UUID person = personId != null ? personId : a != null && a.getPersonId() != null ? a.getPersonId()
                    : d == null ? null : d.getPersonId();
            ResourceAssignment r = new ResourceAssignment(Ids.newId(), cf.getScope());
            r.file(cf.getId(), person, deps.clock().instant(), user.id());
            r.setDemandId(demand);
            r.setAssessmentId(assessmentId);
            r.setResourceCode(resourceCode);
            r.setStatus(ResourceStatus.PROPOSED);
            r.setStatusAt(deps.clock().instant());
            r.setCostCents(costCents);
            r.setNotes(text);
            return cs.insert(r).getId();
        });
    }


    /** Moves a resource along its status flow; a step the flow does not allow is refused. */
    public void changeStatus(CurrentUser user, UUID resourceId, long expectedRowVersion, ResourceStatus to, Long costCents) {
        changeStatus(user, resourceId, expectedRowVersion, to, costCents, null);
    }

    /**
     * The same, also recording who funds it when {@code funding} is given (null keeps what was recorded); only the
     * fields that change are written.
     */
    public void changeStatus(CurrentUser user, UUID resourceId, long expectedRowVersion, ResourceStatus to, Long costCents,
            Funding funding) {
        deps.change(user, cs -> {
            ResourceAssignment r = deps.visible(user, cs.tx().cases().find(ResourceAssignment.class, resourceId)
                    .orElseThrow(() -> new NotFoundException("resource")), "resource");
            CaseDeps.checkVersion(r, expectedRowVersion);
            if (!next(r.getStatus()).contains(to)) {
                new ValidationErrors().add("status", "resource.error.flow").throwIfAny();
            }
            Map<String, Object> before = r.syncFields();
            r.setStatus(to);
            r.setStatusAt(deps.clock().instant());
            if (costCents != null) {
                r.setCostCents(costCents);
            }
            if (funding != null) {
                r.setFunding(funding);
            }
            cs.patch(r, before);
            return null;
        });
    }

    public List<ResourceAssignment> resources(CurrentUser user, UUID caseFileId) {
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> tx.cases().resources(caseFileId));
    }

    /**
     * The demands of a case file with their assessments and resources (see {@link DemandChain}). A link
     * to a record that is gone (deleted, or not synced here yet) counts as none: the record is still shown.
     */
    public DemandChain chain(CurrentUser user, UUID caseFileId) {
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> {
            List<Demand> demands = tx.cases().demands(caseFileId);
            List<Assessment> assessments = tx.cases().assessments(caseFileId);
            List<ResourceAssignment> resources = tx.cases().resources(caseFileId);
            Names names = new Names(tx, deps.scopesOf(user));
            Set<UUID> demandIds = new HashSet<>();
            demands.forEach(d -> demandIds.add(d.getId()));
            Set<UUID> assessmentIds = new HashSet<>();
            assessments.forEach(a -> assessmentIds.add(a.getId()));
            // Lists keep the newest-first order of the queries.
            Map<UUID, List<DemandChain.ResourceEntry>> byAssessment = new HashMap<>();
            Map<UUID, List<DemandChain.ResourceEntry>> byDemand = new HashMap<>();
            List<DemandChain.ResourceEntry> looseResources = new ArrayList<>();
            for (ResourceAssignment r : resources) {
                DemandChain.ResourceEntry e = new DemandChain.ResourceEntry(r.getId(), r.getDemandId(),
                        r.getAssessmentId(), r.getOccurredAt(), r.getResourceCode(), r.getStatus(), r.getStatusAt(),
                        r.getCostCents(), r.getFunding(), r.getNotes(), r.getPersonId(), names.person(r.getPersonId()),
                        names.user(r.getAuthorId()), r.getRowVersion());
                if (assessmentIds.contains(r.getAssessmentId())) {
                    byAssessment.computeIfAbsent(r.getAssessmentId(), k -> new ArrayList<>()).add(e);
                } else if (demandIds.contains(r.getDemandId())) {
                    byDemand.computeIfAbsent(r.getDemandId(), k -> new ArrayList<>()).add(e);
                } else {
                    looseResources.add(e);
                }
            }
            Map<UUID, List<DemandChain.AssessmentEntry>> assessmentsByDemand = new HashMap<>();
            List<DemandChain.AssessmentEntry> looseAssessments = new ArrayList<>();
            for (Assessment a : assessments) {
                DemandChain.AssessmentEntry e = new DemandChain.AssessmentEntry(a.getId(), a.getDemandId(),
                        a.getOccurredAt(), codes(a.getProblemCodes()), a.getRiskLevel(), a.getNotes(), a.getPersonId(),
                        names.person(a.getPersonId()), names.user(a.getAuthorId()),
                        byAssessment.getOrDefault(a.getId(), List.of()));
                if (demandIds.contains(a.getDemandId())) {
                    assessmentsByDemand.computeIfAbsent(a.getDemandId(), k -> new ArrayList<>()).add(e);
                } else {
                    looseAssessments.add(e);
                }
            }
            List<DemandChain.DemandEntry> chain = demands.stream().map(d -> new DemandChain.DemandEntry(d.getId(),
                    d.getOccurredAt(), d.getAreaCode(), d.getDescription(), d.getPersonId(),
                    names.person(d.getPersonId()), names.user(d.getAuthorId()),
                    assessmentsByDemand.getOrDefault(d.getId(), List.of()), byDemand.getOrDefault(d.getId(), List.of())))
                    .toList();
            return new DemandChain(chain, looseAssessments, looseResources);
        });
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * People's names (given name and first surname, of the scopes the reader may see) and professionals'
     * names, each looked up once per read. Not thread-safe.
     */
    private static final class Names {
        private final StoreTx tx;
        private final Set<String> scopes;
        private final Map<UUID, Optional<String>> people = new HashMap<>();
        private final Map<UUID, Optional<String>> users = new HashMap<>();

        Names(StoreTx tx, Set<String> scopes) {
            this.tx = tx;
            this.scopes = scopes;
        }

        String person(UUID id) {
            return id == null ? null : people.computeIfAbsent(id, k -> tx.cases().findAny(Person.class, k)
                    .filter(p -> scopes.contains(p.getScope()))
                    .map(p -> p.getGivenName() + (p.getSurname1() == null ? "" : " " + p.getSurname1()))).orElse(null);
        }

        String user(UUID id) {
            return id == null ? null
                    : users.computeIfAbsent(id, k -> tx.users().find(k).map(UserAccount::getDisplayName)).orElse(null);
        }
    }

    private CaseFile caseFile(CurrentUser user, ChangeSet cs, UUID id) {
        return deps.visibleCaseFile(user, cs.tx(), id);
    }

    /** A live record of {@code type} on case file {@code cf}; one of another case file is as if it did not exist. */
    private static <T extends SyncedEntity> T onCaseFile(ChangeSet cs, Class<T> type, UUID id, CaseFile cf,
            Function<T, UUID> caseFileOf, String what) {
        T found = cs.tx().cases().find(type, id).orElseThrow(() -> new NotFoundException(what));
        if (!cf.getId().equals(caseFileOf.apply(found))) {
            throw new NotFoundException(what);
        }
        return found;
    }

    static String text(ValidationErrors e, String field, String raw, boolean required) {
        return required ? e.requiredText(field, raw, TEXT_MAX) : e.text(field, raw, TEXT_MAX);
    }
}
