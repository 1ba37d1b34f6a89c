package cat.teixit.logic.casefile;

import cat.teixit.model.audit.AuditAction;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseCollaborator;
import cat.teixit.model.casefile.CaseEvent;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.PlanStatus;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.user.UserAccount;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.casefile.CaseFileQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Case files: open, close with a reason, reopen, reference professional, collaborators, recent files. Thread-safe. */
public final class CaseFileService {

    private static final int RECENT = 12;

    private final CaseDeps deps;

    public CaseFileService(CaseDeps deps) {
        this.deps = deps;
    }

    /** A case event (append-only history entry) for {@code cf}. */
    static CaseEvent event(CurrentUser user, CaseFile cf, String kind, String detail, Instant at) {
        CaseEvent ev = new CaseEvent(Ids.newId(), cf.getScope());
        ev.file(cf.getId(), null, at, user.id());
        ev.setKind(kind);
        ev.setDetail(detail);
        return ev;
    }

    /** The case file with its household, for the header and household tab. */
    public CaseFileDetails load(CurrentUser user, UUID caseFileId) {
        LocalDate today = deps.today();
        return deps.readCaseFile(user, caseFileId, (tx, cf) -> {
            Household h = tx.cases().find(Household.class, cf.getHouseholdId())
                    .orElseThrow(() -> new NotFoundException("household"));
            List<HouseholdMember> memberships = tx.cases().membersOfHousehold(h.getId());
            Map<UUID, Person> people = new HashMap<>();
            tx.cases().persons(memberships.stream().map(HouseholdMember::getPersonId).toList())
                    .forEach(p -> people.put(p.getId(), p));
            List<CaseFileDetails.Member> current = new ArrayList<>();
            List<CaseFileDetails.Member> past = new ArrayList<>();
            for (HouseholdMember m : memberships) {
                Person p = people.get(m.getPersonId());
                if (p == null || p.isDeleted()) {
                    continue;
                }
                Integer age = p.getBirthDate() == null ? null : Period.between(p.getBirthDate(), today).getYears();
                String doc = p.getIdDocNumber();
                String surnames = ((p.getSurname1() == null ? "" : p.getSurname1()) + " "
                        + (p.getSurname2() == null ? "" : p.getSurname2())).strip();
                var member = new CaseFileDetails.Member(m.getId(), p.getId(), p.getGivenName(), surnames,
                        m.getRelationship(), m.isReference(), p.getBirthDate(), age,
                        doc == null ? null : "···" + doc.substring(Math.max(0, doc.length() - 4)), m.getJoinedOn(),
                        m.getLeftOn(), p.getRowVersion());
                (m.getLeftOn() == null ? current : past).add(member);
            }
            Set<CaseFileDetails.Alert> alerts = EnumSet.noneOf(CaseFileDetails.Alert.class);
            if (current.stream().anyMatch(m -> m.age() != null && m.age() < 18)) {
                alerts.add(CaseFileDetails.Alert.MINOR_IN_HOUSEHOLD);
            }
            for (InterventionPlan plan : tx.cases().plans(cf.getId())) {
                if (plan.getStatus() == PlanStatus.ACTIVE && plan.getReviewOn() != null && plan.getReviewOn().isBefore(today)) {
                    alerts.add(CaseFileDetails.Alert.REVIEW_OVERDUE);
                }
            }
            if (cf.getStatus() == CaseStatus.CLOSED) {
                alerts.add(CaseFileDetails.Alert.CLOSED);
            }
            if (cf.getReferenceProfessionalId() == null) {
                alerts.add(CaseFileDetails.Alert.NO_REFERENCE_PROFESSIONAL);
            }
            if (!user.mayWrite(cf.getScope())) {
                alerts.add(CaseFileDetails.Alert.READ_ONLY);
            }
            String refName = cf.getReferenceProfessionalId() == null ? null
                    : tx.users().find(cf.getReferenceProfessionalId()).map(UserAccount::getDisplayName).orElse(null);
            List<String> collaborators = tx.cases().collaborators(cf.getId()).stream()
                    .map(c -> tx.users().find(c.getUserId()).map(UserAccount::getDisplayName).orElse("?")).toList();
            return new CaseFileDetails(cf.getId(), cf.getNumber(), cf.getStatus(), cf.getOpenedOn(), cf.getClosedOn(),
                    cf.getClosingReason(), cf.getRowVersion(), cf.getReferenceProfessionalId(), refName, collaborators,
                    h.getId(), h.getName(), h.getAddress(), h.getMunicipality(), h.getDistrict(), h.getHousingTenure(),
                    h.getHousingNotes(), current, past, List.copyOf(alerts));
        });
    }

    /** Closes the case file with a reason (Hèstia closing reasons). */
    public void close(CurrentUser user, UUID caseFileId, long expectedRowVersion, String reason, LocalDate closedOn) {
        ValidationErrors e = new ValidationErrors();
        if (reason == null || !deps.catalogues().isActive(Catalogue.CLOSING_REASON, reason)) {
            e.add("reason", "validation.required");
        }
        e.dateUpTo("closedOn", closedOn, deps.today());
        e.throwIfAny();
        deps.change(user, cs -> {
            CaseFile cf = editable(user, cs.tx(), caseFileId, expectedRowVersion);
            if (cf.getStatus() == CaseStatus.CLOSED) {
                new ValidationErrors().add("status", "casefile.error.alreadyClosed").throwIfAny();
            }
            if (closedOn.isBefore(cf.getOpenedOn())) {
                new ValidationErrors().add("closedOn", "casefile.error.closedBeforeOpened").throwIfAny();
            }
            setStatus(user, cs, cf, CaseStatus.CLOSED, closedOn, reason, "CLOSED");
            return null;
        });
    }

    /** Reopens a closed case file; its history continues. */
    public void reopen(CurrentUser user, UUID caseFileId, long expectedRowVersion) {
        deps.change(user, cs -> {
            CaseFile cf = editable(user, cs.tx(), caseFileId, expectedRowVersion);
            if (cf.getStatus() != CaseStatus.CLOSED) {
                new ValidationErrors().add("status", "casefile.error.notClosed").throwIfAny();
            }
            setStatus(user, cs, cf, CaseStatus.REOPENED, null, null, "REOPENED");
            return null;
        });
    }

    /** Writes the status and its closing date and reason (only what changed), and the event of its history. */
    private void setStatus(CurrentUser user, ChangeSet cs, CaseFile cf, CaseStatus status, LocalDate closedOn,
            String reason, String eventKind) {
        Map<String, Object> before = cf.syncFields();
        cf.setStatus(status);
        cf.setClosedOn(closedOn);
        cf.setClosingReason(reason);
        cs.patch(cf, before);
        cs.insert(event(user, cf, eventKind, reason, deps.clock().instant()));
    }

    /** Makes {@code professionalId} (a colleague of the team) the reference professional. */
    public void setReferenceProfessional(CurrentUser user, UUID caseFileId, long expectedRowVersion, UUID professionalId) {
        deps.change(user, cs -> {
            CaseFile cf = editable(user, cs.tx(), caseFileId, expectedRowVersion);
            UserAccount pro = colleague(user, cs.tx(), professionalId);
            Map<String, Object> before = cf.syncFields();
            cf.setReferenceProfessionalId(pro.getId());
            if (cs.patch(cf, before)) {
                cs.insert(event(user, cf, "REFERENCE_CHANGED", pro.getDisplayName(), deps.clock().instant()));
            }
            return null;
        });
    }

    public void addCollaborator(CurrentUser user, UUID caseFileId, UUID professionalId) {
        deps.change(user, cs -> {
            CaseFile cf = deps.visibleCaseFile(user, cs.tx(), caseFileId);
            UserAccount pro = colleague(user, cs.tx(), professionalId);
            boolean already = cs.tx().cases().collaborators(caseFileId).stream().anyMatch(c -> c.getUserId().equals(pro.getId()));
            if (!already && !pro.getId().equals(cf.getReferenceProfessionalId())) {
                CaseCollaborator c = new CaseCollaborator(Ids.newId(), cf.getScope());
                c.setCaseFileId(caseFileId);
                c.setUserId(pro.getId());
                c.setAddedOn(deps.today());
                cs.insert(c);
                cs.insert(event(user, cf, "COLLABORATOR_ADDED", pro.getDisplayName(), deps.clock().instant()));
            }
            return null;
        });
    }

    /** The professionals of the user's team, for choosing reference professionals and collaborators. */
    public record Colleague(UUID id, String displayName) {
    }

    public List<Colleague> colleagues(CurrentUser user) {
        return deps.store().read(tx -> tx.users().ofTeam(user.teamId()).stream()
                .map(u -> new Colleague(u.getId(), u.getDisplayName())).toList());
    }

    private UserAccount colleague(CurrentUser user, StoreTx tx, UUID id) {
        UserAccount pro = tx.users().find(id).orElse(null);
        if (pro == null || !pro.getTeam().getId().equals(user.teamId()) || !pro.isActive()) {
            new ValidationErrors().add("professional", "casefile.error.notColleague").throwIfAny();
        }
        return pro;
    }

    private CaseFile editable(CurrentUser user, StoreTx tx, UUID caseFileId, long expectedRowVersion) {
        CaseFile cf = deps.visibleCaseFile(user, tx, caseFileId);
        CaseDeps.checkVersion(cf, expectedRowVersion);
        return cf;
    }

    /** Remembers that the user opened this case file (the recent list, local only) and audits the view. */
    public void markOpened(CurrentUser user, UUID caseFileId) {
        deps.store().write(tx -> {
            tx.caseFiles().markOpened(user.id(), caseFileId, deps.clock().millis());
            deps.recorder().audit(tx, user.id(), user.username(), AuditAction.VIEW, "case_file", caseFileId, caseFileId,
                    null);
            return null;
        });
    }

    /** A case file in a list: number, household, status, next review. */
    public record CaseFileSummary(UUID id, String number, String householdName, CaseStatus status, LocalDate openedOn,
            LocalDate reviewOn) {
    }

    /** The case files this user opened lately, most recent first. */
    public List<CaseFileSummary> recent(CurrentUser user) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return summaries(deps.store().read(tx -> tx.caseFiles().recent(user.id(), deps.scopesOf(user), RECENT)));
    }

    /** Open case files the user is the reference professional of, overdue reviews first. */
    public List<CaseFileSummary> mine(CurrentUser user) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return summaries(deps.store().read(tx -> tx.caseFiles().openOf(user.id(), deps.scopesOf(user), 200)));
    }

    private static List<CaseFileSummary> summaries(List<CaseFileQueries.CaseFileRow> rows) {
        return rows.stream().map(r -> new CaseFileSummary(r.id(), r.number(), r.householdName(),
                CaseStatus.valueOf(r.status()), LocalDate.parse(r.openedOn()),
                r.reviewOn() == null ? null : LocalDate.parse(r.reviewOn()))).toList();
    }
}
