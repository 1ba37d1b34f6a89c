package cat.teixit.logic.casefile;

import cat.teixit.model.casefile.CaseStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the header and household tab of an open case file show. Immutable snapshot. */
public record CaseFileDetails(UUID id, String number, CaseStatus status, LocalDate openedOn, LocalDate closedOn,
        String closingReason, long rowVersion, UUID referenceProfessionalId, String referenceProfessionalName,
        List<String> collaborators, UUID householdId, String householdName, String address, String municipality,
        String district, String housingTenure, String housingNotes, List<Member> members,
        List<Member> pastMembers, List<Alert> alerts) {

    /** A member of the household, current or past. */
    public record Member(UUID memberId, UUID personId, String givenName, String surnames, String relationship,
            boolean reference, LocalDate birthDate, Integer age, String docTail, LocalDate joinedOn, LocalDate leftOn,
            long personRowVersion) {

        public String displayName() {
            return surnames == null || surnames.isBlank() ? givenName : givenName + " " + surnames;
        }
    }

    /** Something the professional should notice when opening the file. */
    public enum Alert {
        MINOR_IN_HOUSEHOLD, REVIEW_OVERDUE, CLOSED, NO_REFERENCE_PROFESSIONAL,
        /** Another team's, granted to this user to read only: changes are refused. */
        READ_ONLY
    }

    /** The reference person (or the first member). */
    public Member referencePerson() {
        return members.stream().filter(Member::reference).findFirst().orElse(members.isEmpty() ? null : members.getFirst());
    }
}
