package cat.teixit.logic.casefile;

import cat.teixit.model.audit.AuditAction;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.Assessment;
import cat.teixit.model.casefile.Attachment;
import cat.teixit.model.casefile.CaseEvent;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.CaseRecord;
import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.Demand;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.Intervention;
import cat.teixit.model.casefile.Person;
import cat.teixit.model.casefile.Referral;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.common.SyncedEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * People: create (with duplicate checks), edit, and merge duplicates keeping every record and a
 * redirect. Thread-safe.
 */
public final class PersonService {

    /** The relationship code of the household's reference person (Hèstia: Persona principal). */
    public static final String REFERENCE_RELATIONSHIP = "8";

    private final CaseDeps deps;
    private final PersonValidator validator;
    private final String deviceId;
    private final DuplicateFinder duplicates;

    public PersonService(CaseDeps deps, SearchService search, String deviceId) {
        this.deps = deps;
        this.validator = new PersonValidator(deps.catalogues());
        this.deviceId = deviceId;
        this.duplicates = new DuplicateFinder(deps, search);
    }

    /** Possible duplicates of a person about to be created: the same document blocks, similar people warn (best first). */
    public record DuplicateCheck(List<PersonHit> sameDocument, List<SimilarPerson> similar) {
        public boolean blocks() {
            return !sameDocument.isEmpty();
        }

        public boolean isEmpty() {
            return sameDocument.isEmpty() && similar.isEmpty();
        }

        /** Whom the warning lists: the people with the same document when it blocks, else the similar ones. */
        public List<SimilarPerson> listed() {
            return blocks() ? sameDocument.stream().map(h -> new SimilarPerson(h, 0, List.of())).toList() : similar;
        }
    }

    /** What was created for a new person. */
    public record Created(UUID personId, UUID householdId, UUID caseFileId) {
    }

    public PersonForm validate(PersonForm form) {
        return validator.validate(form, deps.today());
    }

    /**
     * Who the person typed may already be, in the scopes {@code user} may see ({@code ignore}, the person
     * being edited, aside): the same document blocks; similar people warn, ranked, with their reasons.
     */
    public DuplicateCheck checkDuplicates(CurrentUser user, PersonForm form, UUID ignore, Language language) {
        return duplicates.check(user, form, ignore, language);
    }

    /** A first visit: the person, a new household with them as reference person, and an open case file. */
    public Created createWithNewHousehold(CurrentUser user, PersonForm raw, String housingTenure) {
        PersonForm form = validate(raw);
        return deps.change(user, cs -> {
            refuseSameDocument(cs, form, null);
            Person person = cs.insert(newPerson(user, form));
            Household h = new Household(Ids.newId(), user.scope());
            h.setName(householdName(form));
            h.setAddress(form.address());
            h.setMunicipality(form.municipality());
            h.setDistrict(form.district());
            h.setHousingTenure(housingTenure);
            h.setCreatedAt(deps.clock().instant());
            cs.insert(h);
            cs.insert(membership(user, h.getId(), person.getId(), REFERENCE_RELATIONSHIP, true, deps.today()));
            CaseFile cf = new CaseFile(Ids.newId(), user.scope());
            cf.setNumber(CaseNumbers.next(cs.tx(), deviceId, deps.today().getYear()));
            cf.setHouseholdId(h.getId());
            cf.setTeamId(user.teamId());
            cf.setStatus(CaseStatus.OPEN);
            cf.setOpenedOn(deps.today());
            cf.setReferenceProfessionalId(user.id());
            cf.setCreatedAt(deps.clock().instant());
            cs.insert(cf);
            cs.insert(CaseFileService.event(user, cf, "OPENED", null, deps.clock().instant()));
            return new Created(person.getId(), h.getId(), cf.getId());
        });
    }

    /** A new person who lives in an existing household. */
    public UUID addToHousehold(CurrentUser user, UUID householdId, PersonForm raw, String relationship, LocalDate joinedOn) {
        PersonForm form = validate(raw);
        HouseholdService.checkMembership(deps, relationship, joinedOn);
        return deps.change(user, cs -> {
            Household h = deps.visible(user, cs.tx().cases().find(Household.class, householdId)
                    .orElseThrow(() -> new NotFoundException("household")), "household");
            refuseSameDocument(cs, form, null);
            Person person = cs.insert(newPerson(user, form));
            cs.insert(membership(user, h.getId(), person.getId(), relationship, false, joinedOn));
            HouseholdService.memberEvent(cs, user, h.getId(), person.getId(), "MEMBER_JOINED", deps.clock().instant());
            return person.getId();
        });
    }

    /** The person, following a merge redirect to the surviving record. */
    public Person load(CurrentUser user, UUID personId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return deps.store().read(tx -> {
            Person p = tx.cases().findAny(Person.class, personId).orElseThrow(() -> new NotFoundException("person"));
            int hops = 0;
            while (p.getMergedInto() != null && hops++ < 10) {
                UUID next = p.getMergedInto();
                p = tx.cases().findAny(Person.class, next).orElseThrow(() -> new NotFoundException("person"));
            }
            if (p.isDeleted()) {
                throw new NotFoundException("person");
            }
            return deps.visible(user, p, "person");
        });
    }

    /** A household a person belongs or belonged to, with its case file. */
    public record Membership(UUID householdId, String householdName, UUID caseFileId, String caseNumber,
            String relationship, boolean reference, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** Every household of the person, current first, then past ones (most recent first). */
    public List<Membership> households(CurrentUser user, UUID personId) {
        deps.access().require(user, Permission.VIEW_CASE_FILES);
        return deps.store().read(tx -> {
            Person p = deps.visible(user, tx.cases().find(Person.class, personId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            List<Membership> list = new ArrayList<>();
            for (HouseholdMember m : tx.cases().membershipsOfPerson(p.getId())) {
                var h = tx.cases().find(cat.teixit.model.casefile.Household.class, m.getHouseholdId()).orElse(null);
                if (h == null) {
                    continue;
                }
                CaseFile cf = tx.cases().caseFilesOfHousehold(h.getId()).stream().findFirst().orElse(null);
                list.add(new Membership(h.getId(), h.getName(), cf == null ? null : cf.getId(),
                        cf == null ? null : cf.getNumber(), m.getRelationship(), m.isReference(), m.getJoinedOn(),
                        m.getLeftOn()));
            }
            list.sort(java.util.Comparator.comparing((Membership m) -> m.leftOn() != null)
                    .thenComparing(Membership::joinedOn, java.util.Comparator.reverseOrder()));
            return list;
        });
    }

    /** What the person form shows for {@code personId}: the stored values (after a merge, the survivor's); audited. */
    public PersonForm form(CurrentUser user, UUID personId) {
        Person p = load(user, personId);
        deps.store().write(tx -> {
            deps.recorder().audit(tx, user.id(), user.username(), AuditAction.VIEW, p.entityType(), p.getId(), null,
                    null);
            return null;
        });
        return formOf(p);
    }

    /**
     * Saves the fields the user changed, and only those: the others keep what is stored, whatever the
     * form carried. Refused with {@link cat.teixit.model.common.StaleRecordException} when someone
     * else changed one of the same fields since the form was loaded (a change to other fields merges).
     */
    public void update(CurrentUser user, UUID personId, Edit<PersonForm> edit) {
        Set<String> fields = PersonForm.fieldsToWrite(edit.changed());
        if (fields.isEmpty()) {
            return;
        }
        PersonForm form = validator.validate(edit.typed(), deps.today(), fields::contains);
        deps.change(user, cs -> {
            Person p = deps.visible(user, cs.tx().cases().find(Person.class, personId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            if (fields.contains("docNumber")) {
                refuseSameDocument(cs, form, personId);
            }
            Map<String, Object> before = p.syncFields();
            PersonFields.FIELDS.apply(p, edit.loaded(), form, fields);
            cs.patch(p, before);
            return null;
        });
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}: every record that pointed at the
     * duplicate now points at the survivor, the survivor's empty fields take the duplicate's
     * values, and the duplicate stays as a tombstone redirecting to the survivor.
     */
    public void merge(CurrentUser user, UUID survivorId, UUID duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new IllegalArgumentException("a person cannot be merged into itself");
        }
        deps.change(user, cs -> {
            Person survivor = deps.visible(user, cs.tx().cases().find(Person.class, survivorId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            Person dup = deps.visible(user, cs.tx().cases().find(Person.class, duplicateId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            for (Class<? extends SyncedEntity> type : List.of(HouseholdMember.class, CaseEvent.class, Intervention.class,
                    Demand.class, Assessment.class, ResourceAssignment.class, Referral.class, Attachment.class,
                    cat.teixit.model.casefile.Consent.class)) {
                for (SyncedEntity e : cs.tx().cases().referencingPerson(type, duplicateId)) {
                    if (e instanceof HouseholdMember m && alreadyMember(cs, survivorId, m.getHouseholdId())) {
                        cs.delete(m);
                        continue;
                    }
                    Map<String, Object> before = e.syncFields();
                    setPersonId(e, survivorId);
                    cs.patch(e, before);
                }
            }
            Map<String, Object> before = survivor.syncFields();
            fillBlanks(survivor, dup);
            cs.patch(survivor, before);
            Map<String, Object> dupBefore = dup.syncFields();
            dup.setMergedInto(survivorId);
            cs.patch(dup, dupBefore);
            cs.delete(dup);
            return null;
        });
    }

    private static boolean alreadyMember(ChangeSet cs, UUID personId, UUID householdId) {
        return cs.tx().cases().membershipsOfPerson(personId).stream()
                .anyMatch(m -> m.getHouseholdId().equals(householdId) && m.getLeftOn() == null);
    }

    private static void setPersonId(SyncedEntity e, UUID id) {
        switch (e) {
            case HouseholdMember m -> m.setPersonId(id);
            case CaseRecord r -> r.setPersonId(id);
            case cat.teixit.model.casefile.Consent c -> c.setPersonId(id);
            default -> throw new IllegalArgumentException("no person reference in " + e.entityType());
        }
    }

    private static void fillBlanks(Person to, Person from) {
        if (to.getIdDocNumber() == null && from.getIdDocNumber() != null) {
            to.setIdDocType(from.getIdDocType());
            to.setIdDocNumber(from.getIdDocNumber());
        }
        PersonFields.FIELDS.fillBlanks(to, from, PersonFields.fillable());
    }

    private void refuseSameDocument(ChangeSet cs, PersonForm form, UUID self) {
        if (form.docNumber() == null) {
            return;
        }
        boolean taken = cs.tx().cases().personsByDocument(form.docNumber()).stream()
                .anyMatch(p -> !p.getId().equals(self) && p.getMergedInto() == null);
        if (taken) {
            new ValidationErrors().add("docNumber", "person.error.duplicateDocument").throwIfAny();
        }
    }

    private Person newPerson(CurrentUser user, PersonForm form) {
        Person p = new Person(Ids.newId(), user.scope());
        PersonFields.FIELDS.writeAll(p, form);
        p.setCreatedAt(deps.clock().instant());
        p.setCreatedBy(user.id());
        return p;
    }

    /** The form showing what is stored (for editing). */
    public static PersonForm formOf(Person p) {
        return PersonFields.FIELDS.read(p);
    }

    private static String householdName(PersonForm f) {
        String surnames = (Objects.toString(f.surname1(), "") + " " + Objects.toString(f.surname2(), "")).strip();
        return surnames.isEmpty() ? f.givenName() : surnames;
    }

    HouseholdMember membership(CurrentUser user, UUID householdId, UUID personId, String relationship, boolean reference,
            LocalDate joinedOn) {
        HouseholdMember m = new HouseholdMember(Ids.newId(), user.scope());
        m.setHouseholdId(householdId);
        m.setPersonId(personId);
        m.setRelationship(relationship);
        m.setReference(reference);
        m.setJoinedOn(joinedOn);
        return m;
    }
}
