package cat.teixit.logic.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person found by search, with what tells two homonyms apart: age, place, the tail of the
 * document, household, case file and reference professional. Immutable.
 */
public record PersonHit(UUID personId, String givenName, String surname1, String surname2, LocalDate birthDate,
        Integer age, String place, String docTail, String householdName, UUID caseFileId, String caseNumber,
        String caseStatus, String referenceProfessional) {

    /** "Pagès Muñoz, Núria": surnames first, as files are sorted in the office. */
    public String sortName() {
        String surnames = ((surname1 == null ? "" : surname1) + " " + (surname2 == null ? "" : surname2)).strip();
        return surnames.isEmpty() ? givenName : surnames + ", " + givenName;
    }
}
