package cat.teixit.logic.demo;

import cat.teixit.model.casefile.CaseStatus;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a synthetic household is before its rows are written: its members and the shape of its
 * case file (dates, status, reference professional, how busy its history is). Made by {@link
 * HouseholdPlanner} or by hand for the showcase households. Not thread-safe (plain data of one
 * generation step).
 */
final class HouseholdPlan {

    /** One member: the person's fields and their place in the household. */
    static final class Member {
        UUID id;
        String givenName;
        String surname1;
        String surname2;
        Sex sex;
        LocalDate birthDate;
        IdDocumentType docType = IdDocumentType.NONE;
        String docNumber;
        String nationality;
        String motherTongue;
        String phone;
        String email;
        Integer disabilityDegree;
        String dependencyGrade;
        String civilStatus;
        String educationLevel;
        String employment;
        String incomeNotes;
        /** Relationship to the reference person (catalogue "relationship"; "8" is the reference person). */
        String relationship;
        boolean reference;
        /** Null: since the case file was opened (or birth, if later). */
        LocalDate joinedOn;
        LocalDate leftOn;

        boolean adultOn(LocalDate day) {
            return birthDate == null || !birthDate.plusYears(18).isAfter(day);
        }
    }

    SyntheticStaff.TeamStaff team;
    SyntheticGeography.Place place;
    String address;
    String housingTenure;
    String housingNotes;
    final List<Member> members = new ArrayList<>();

    String caseNumber;
    LocalDate openedOn;
    CaseStatus status = CaseStatus.OPEN;
    String origin;
    String riskLevel;
    /** Closed cases: when and why; a reopened case keeps its first closing here too. */
    LocalDate closedOn;
    String closingReason;
    LocalDate reopenedOn;

    SyntheticStaff.Professional reference;
    /** When the reference professional changed (null: never); {@code previousReference} had it before. */
    LocalDate referenceChangedOn;
    SyntheticStaff.Professional previousReference;

    /** How many interventions its history holds. */
    int interventions;
    /** Plans: how many, the last one active when the case is not closed. */
    int plans;
    /** Review date of the active plan (null: drawn at random). */
    LocalDate activePlanReview;

    /** Days in which the case file was open up to {@code asOf} (both periods of a reopened one). */
    long activeDays(LocalDate asOf) {
        return switch (status) {
            case OPEN -> ChronoUnit.DAYS.between(openedOn, asOf);
            case CLOSED -> ChronoUnit.DAYS.between(openedOn, closedOn);
            case REOPENED -> ChronoUnit.DAYS.between(openedOn, closedOn) + ChronoUnit.DAYS.between(reopenedOn, asOf);
        };
    }

    Member referencePerson() {
        return members.stream().filter(m -> m.reference).findFirst().orElseThrow();
    }

    /** Household name as the app makes it: the reference person's surnames. */
    String name() {
        Member ref = referencePerson();
        String surnames = ((ref.surname1 == null ? "" : ref.surname1) + " " + (ref.surname2 == null ? "" : ref.surname2))
                .strip();
        return surnames.isEmpty() ? ref.givenName : surnames;
    }
}
