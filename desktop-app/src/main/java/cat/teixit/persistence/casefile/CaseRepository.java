package cat.teixit.persistence.casefile;

import cat.teixit.model.casefile.Assessment;
import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.CaseCollaborator;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Demand;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.InterventionPlan;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.PlanGoal;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.common.SyncedEntity;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.LiveRows;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * People, households, case files and their records. Deleted (tombstoned) rows are left out of
 * every list. Not thread-safe (bound to one unit of work).
 */
public final class CaseRepository extends EntityRepository<SyncedEntity> {

    public CaseRepository(Session session) {
        super(session);
    }

    /** A live (not deleted) record of {@code type}. */
    public <T extends SyncedEntity> Optional<T> find(Class<T> type, UUID id) {
        return LiveRows.find(session, type, id);
    }

    /** A record even if tombstoned (to follow a merge redirect or show what was deleted). */
    public <T extends SyncedEntity> Optional<T> findAny(Class<T> type, UUID id) {
        return Optional.ofNullable(session.find(type, id));
    }

    public List<HouseholdMember> membersOfHousehold(UUID householdId) {
        return LiveRows.where(session, HouseholdMember.class, "householdId", householdId, "isReference desc, joinedOn");
    }

    public List<HouseholdMember> membershipsOfPerson(UUID personId) {
        return LiveRows.where(session, HouseholdMember.class, "personId", personId, "joinedOn desc");
    }

    public List<CaseFile> caseFilesOfHousehold(UUID householdId) {
        return LiveRows.where(session, CaseFile.class, "householdId", householdId, "openedOn desc");
    }

    public List<Person> personsByDocument(String number) {
        return LiveRows.where(session, Person.class, "idDocNumber", number);
    }

    public List<Person> persons(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("from Person where id in :ids", Person.class).setParameter("ids", ids)
                .getResultList();
    }

    public List<CaseCollaborator> collaborators(UUID caseFileId) {
        return LiveRows.where(session, CaseCollaborator.class, "caseFileId", caseFileId);
    }

    public List<InterventionPlan> plans(UUID caseFileId) {
        return LiveRows.where(session, InterventionPlan.class, "caseFileId", caseFileId, "startsOn desc");
    }

    public List<PlanGoal> goals(UUID planId) {
        return LiveRows.where(session, PlanGoal.class, "planId", planId, "position");
    }

    public List<PlanAction> actions(UUID planId) {
        return LiveRows.where(session, PlanAction.class, "planId", planId, "dueOn");
    }

    public List<Referral> referrals(UUID caseFileId) {
        return newestFirst(Referral.class, caseFileId);
    }

    public List<Demand> demands(UUID caseFileId) {
        return newestFirst(Demand.class, caseFileId);
    }

    public List<Assessment> assessments(UUID caseFileId) {
        return newestFirst(Assessment.class, caseFileId);
    }

    public List<ResourceAssignment> resources(UUID caseFileId) {
        return newestFirst(ResourceAssignment.class, caseFileId);
    }

    public List<Attachment> attachments(UUID caseFileId) {
        return newestFirst(Attachment.class, caseFileId);
    }

    /** The live records of {@code type} on a case file, newest first (then by id: made in time order). */
    private <T extends SyncedEntity> List<T> newestFirst(Class<T> type, UUID caseFileId) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where caseFileId = :c and deletedAt is null "
                + "order by occurredAt desc, id desc", type).setParameter("c", caseFileId).getResultList();
    }

    /** Case files whose reference professional is {@code userId}, open or reopened, most recently opened first. */
    public List<CaseFile> openCaseFilesOf(UUID userId, int limit) {
        return session.createSelectionQuery("from CaseFile where referenceProfessionalId = :u and status <> "
                + "cat.teixit.model.casefile.CaseStatus.CLOSED and deletedAt is null order by openedOn desc", CaseFile.class)
                .setParameter("u", userId).setMaxResults(limit).getResultList();
    }

    /** Live records of {@code type} that point at person {@code personId} (its {@code personId} field). */
    public <T extends SyncedEntity> List<T> referencingPerson(Class<T> type, UUID personId) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where personId = :p and deletedAt is null",
                type).setParameter("p", personId).getResultList();
    }
}
