package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.sync.Ids;
import cat.teixit.model.casefile.Assessment;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Demand;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.casefile.ResourceStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
            d.setCaseFileId(cf.getId());
            d.setPersonId(personId);
            d.setOccurredAt(deps.clock().instant());
            d.setAreaCode(areaCode);
            d.setDescription(text);
            d.setAuthorId(user.id());
            return cs.insert(d).getId();
        });
    }

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
            Assessment a = new Assessment(Ids.newId(), cf.getScope());
            a.setCaseFileId(cf.getId());
            a.setPersonId(personId);
            a.setDemandId(demandId);
            a.setOccurredAt(deps.clock().instant());
            a.setProblemCodes(String.join(",", problemCodes));
            a.setRiskLevel(riskLevel);
            a.setNotes(text);
            a.setAuthorId(user.id());
            return cs.insert(a).getId();
        });
    }

    /** Proposes a resource (status PROPOSED) with its expected cost in cents (may be null). */
    public UUID propose(CurrentUser user, UUID caseFileId, UUID personId, UUID demandId, String resourceCode,
            Long costCents, String notes) {
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
            ResourceAssignment r = new ResourceAssignment(Ids.newId(), cf.getScope());
            r.setCaseFileId(cf.getId());
            r.setPersonId(personId);
            r.setDemandId(demandId);
            r.setResourceCode(resourceCode);
            r.setStatus(ResourceStatus.PROPOSED);
            r.setOccurredAt(deps.clock().instant());
            r.setStatusAt(deps.clock().instant());
            r.setCostCents(costCents);
            r.setNotes(text);
            r.setAuthorId(user.id());
            return cs.insert(r).getId();
        });
    }

    /** Moves a resource along its status flow; a step the flow does not allow is refused. */
    public void changeStatus(CurrentUser user, UUID resourceId, long expectedRowVersion, ResourceStatus to, Long costCents) {
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
            cs.patch(r, before);
            return null;
        });
    }

    public List<ResourceAssignment> resources(CurrentUser user, UUID caseFileId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return deps.store().read(tx -> {
            deps.visible(user, tx.cases().find(CaseFile.class, caseFileId).orElseThrow(() -> new NotFoundException("case file")),
                    "case file");
            return tx.cases().resources(caseFileId);
        });
    }

    private CaseFile caseFile(CurrentUser user, ChangeSet cs, UUID id) {
        return deps.visible(user, cs.tx().cases().find(CaseFile.class, id)
                .orElseThrow(() -> new NotFoundException("case file")), "case file");
    }

    static String text(ValidationErrors e, String field, String raw, boolean required) {
        String t = raw == null ? null : raw.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                e.add(field, "validation.required");
            }
            return null;
        }
        if (t.length() > TEXT_MAX) {
            e.add(field, "validation.tooLong", TEXT_MAX);
        } else if (!Texts.isPrintable(t)) {
            e.add(field, "validation.badCharacters");
        }
        return t;
    }
}
