package cat.teixit.logic.casefile;

import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;

/**
 * What a professional typed for a person, before validation. Dates arrive parsed (the view
 * refuses text that is not a date). Immutable.
 */
public record PersonForm(String givenName, String surname1, String surname2, IdDocumentType docType, String docNumber,
        LocalDate birthDate, Sex sex, String nationality, String motherTongue, String phone, String email, String address,
        String municipality, String district, String healthCard, Integer disabilityDegree, String dependencyGrade,
        String civilStatus, String educationLevel, String employment, String incomeNotes) {

    /** The document's type and number are checked and written together: one means nothing without the other. */
    public static final java.util.Set<String> DOCUMENT = java.util.Set.of("docType", "docNumber");

    /** The fields an edit of {@code changed} checks and writes: with the document's other half. */
    public static java.util.Set<String> fieldsToWrite(java.util.Set<String> changed) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(changed);
        if (changed.stream().anyMatch(DOCUMENT::contains)) {
            all.addAll(DOCUMENT);
        }
        return all;
    }

    /** A form with only the essentials (the rest empty). */
    public static PersonForm basic(String givenName, String surname1, String surname2, IdDocumentType docType,
            String docNumber, LocalDate birthDate, Sex sex) {
        return new PersonForm(givenName, surname1, surname2, docType, docNumber, birthDate, sex, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    public PersonForm withPhone(String p) {
        return new PersonForm(givenName, surname1, surname2, docType, docNumber, birthDate, sex, nationality, motherTongue,
                p, email, address, municipality, district, healthCard, disabilityDegree, dependencyGrade, civilStatus,
                educationLevel, employment, incomeNotes);
    }

    public PersonForm withAddress(String a, String m, String d) {
        return new PersonForm(givenName, surname1, surname2, docType, docNumber, birthDate, sex, nationality, motherTongue,
                phone, email, a, m, d, healthCard, disabilityDegree, dependencyGrade, civilStatus, educationLevel,
                employment, incomeNotes);
    }
}
