package cat.teixit.logic.casefile;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.common.Edit;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.Texts;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.change.Ids;
import cat.teixit.model.casefile.CaseEvent;
import cat.teixit.model.casefile.CaseFile;
import cat.teixit.model.casefile.Household;
import cat.teixit.model.casefile.HouseholdMember;
import cat.teixit.model.casefile.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Households: members joining and leaving (history kept), housing situation. Thread-safe. */
public final class HouseholdService {

    private final CaseDeps deps;

    public HouseholdService(CaseDeps deps) {
        this.deps = deps;
    }

    static void checkMembership(CaseDeps deps, String relationship, LocalDate joinedOn) {
        ValidationErrors e = new ValidationErrors();
        if (relationship == null || !deps.catalogues().isActive(Catalogue.RELATIONSHIP, relationship)) {
            e.add("relationship", "validation.required");
        }
        e.dateUpTo("joinedOn", joinedOn, deps.today());
        e.throwIfAny();
    }

    /** An existing person joins the household (they may keep living elsewhere too: records are per household). */
    public UUID addExistingPerson(CurrentUser user, UUID householdId, UUID personId, String relationship,
            LocalDate joinedOn) {
        checkMembership(deps, relationship, joinedOn);
        return deps.change(user, cs -> {
            Household h = deps.visible(user, cs.tx().cases().find(Household.class, householdId)
                    .orElseThrow(() -> new NotFoundException("household")), "household");
            deps.visible(user, cs.tx().cases().find(Person.class, personId)
                    .orElseThrow(() -> new NotFoundException("person")), "person");
            boolean already = cs.tx().cases().membersOfHousehold(householdId).stream()
                    .anyMatch(m -> m.getPersonId().equals(personId) && m.getLeftOn() == null);
            if (already) {
                new ValidationErrors().add("person", "household.error.alreadyMember").throwIfAny();
            }
            HouseholdMember m = new HouseholdMember(Ids.newId(), user.scope());
            m.setHouseholdId(h.getId());
            m.setPersonId(personId);
            m.setRelationship(relationship);
            m.setJoinedOn(joinedOn);
            cs.insert(m);
            memberEvent(cs, user, householdId, personId, "MEMBER_JOINED", deps.clock().instant());
            return m.getId();
        });
    }

    /** The member left the household on {@code leftOn}; their past membership stays visible. */
    public void endMembership(CurrentUser user, UUID memberId, LocalDate leftOn) {
        deps.change(user, cs -> {
            HouseholdMember m = deps.visible(user, cs.tx().cases().find(HouseholdMember.class, memberId)
                    .orElseThrow(() -> new NotFoundException("member")), "member");
            ValidationErrors e = new ValidationErrors();
            if (e.dateUpTo("leftOn", leftOn, deps.today()) && leftOn.isBefore(m.getJoinedOn())) {
                e.add("leftOn", "household.error.leftBeforeJoined");
            }
            if (m.isReference()) {
                e.add("leftOn", "household.error.referenceLeaves");
            }
            e.throwIfAny();
            Map<String, Object> before = m.syncFields();
            m.setLeftOn(leftOn);
            cs.patch(m, before);
            memberEvent(cs, user, m.getHouseholdId(), m.getPersonId(), "MEMBER_LEFT", deps.clock().instant());
            return null;
        });
    }

    /**
     * Saves the housing fields the user changed, and only those; refused with {@link
     * cat.teixit.model.common.StaleRecordException} when someone else changed one of them meanwhile.
     */
    public void updateHousing(CurrentUser user, UUID householdId, Edit<HousingForm> edit) {
        if (edit.isEmpty()) {
            return;
        }
        HousingForm f = edit.typed();
        ValidationErrors e = new ValidationErrors();
        if (f.tenure() != null && !f.tenure().isBlank() && !deps.catalogues().isActive(Catalogue.HOUSING_TENURE, f.tenure())) {
            e.add("tenure", "validation.unknownCode");
        }
        if (f.municipality() != null && !f.municipality().isBlank()
                && !deps.catalogues().isActive(Catalogue.MUNICIPALITY, f.municipality())) {
            e.add("municipality", "validation.unknownCode");
        }
        if (f.notes() != null && f.notes().length() > PersonValidator.NOTES_MAX) {
            e.add("notes", "validation.tooLong", PersonValidator.NOTES_MAX);
        }
        if (f.address() != null && f.address().length() > PersonValidator.TEXT_MAX) {
            e.add("address", "validation.tooLong", PersonValidator.TEXT_MAX);
        }
        e.only(edit.changed()::contains).throwIfAny();
        HousingForm clean = new HousingForm(blank(f.tenure()), Texts.clean(f.notes()) == null ? null : f.notes().strip(),
                Texts.clean(f.address()), blank(f.municipality()), Texts.clean(f.district()));
        deps.change(user, cs -> {
            Household h = deps.visible(user, cs.tx().cases().find(Household.class, householdId)
                    .orElseThrow(() -> new NotFoundException("household")), "household");
            Map<String, Object> before = h.syncFields();
            HousingForm.FIELDS.apply(h, edit.loaded(), clean, edit.changed());
            if (cs.patch(h, before)) {
                memberEvent(cs, user, householdId, null, "HOUSING_CHANGED", deps.clock().instant());
            }
            return null;
        });
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Writes a case event on every case file of the household. */
    static void memberEvent(ChangeSet cs, CurrentUser user, UUID householdId, UUID personId, String kind, Instant at) {
        for (CaseFile cf : cs.tx().cases().caseFilesOfHousehold(householdId)) {
            CaseEvent ev = CaseFileService.event(user, cf, kind, null, at);
            ev.setPersonId(personId);
            cs.insert(ev);
        }
    }
}
