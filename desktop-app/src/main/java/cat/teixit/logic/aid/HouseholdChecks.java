package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** The checks that make a household impossible to simulate, each with a message naming the member and the field. */
final class HouseholdChecks {

    private static final int ADULT = 18;

    private HouseholdChecks() {
    }

    static void check(Household h) {
        if (h.date() == null) {
            throw new InvalidHouseholdException("The simulation has no date.");
        }
        if (h.members().isEmpty()) {
            throw new InvalidHouseholdException("The household has no members.");
        }
        nonNegative(h.constitutedMonths(), Facts.household("constitutedMonths"));
        nonNegative(h.independentLivingMonths(), Facts.household("independentLivingMonths"));
        Set<String> ids = new HashSet<>();
        int references = 0;
        for (Household.Member m : h.members()) {
            String at = "member " + m.id();
            if (m.id() == null || m.id().isBlank()) {
                throw new InvalidHouseholdException("A member has no id.");
            }
            if (!ids.add(m.id())) {
                throw new InvalidHouseholdException("Two members have the id " + m.id() + ".");
            }
            if (m.birthDate() == null) {
                throw new InvalidHouseholdException(at + ": the birth date is missing.");
            }
            if (m.birthDate().isAfter(h.date())) {
                throw new InvalidHouseholdException(at + ": the birth date " + m.birthDate() + " is after the date of the simulation "
                        + h.date() + ".");
            }
            if (m.birthDate().isBefore(h.date().minusYears(120))) {
                throw new InvalidHouseholdException(at + ": the birth date " + m.birthDate() + " is more than 120 years ago.");
            }
            if (m.role() == null) {
                throw new InvalidHouseholdException(at + ": the role is missing.");
            }
            if (m.annualNetIncome() != null && m.annualNetIncome().signum() < 0) {
                throw new InvalidHouseholdException(at + ": the annual net income cannot be negative.");
            }
            if (m.annualNetIncome() != null && m.annualNetIncome().compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
                throw new InvalidHouseholdException(at + ": the annual net income is too large.");
            }
            if (m.disabilityPercent() != null && (m.disabilityPercent() < 0 || m.disabilityPercent() > 100)) {
                throw new InvalidHouseholdException(at + ": the disability percentage must be between 0 and 100.");
            }
            if (m.dependencyGrade() != null && (m.dependencyGrade() < 0 || m.dependencyGrade() > 3)) {
                throw new InvalidHouseholdException(at + ": the dependency grade must be 0, 1, 2 or 3.");
            }
            nonNegative(m.monthsResidentSpain(), at + ": monthsResidentSpain");
            nonNegative(m.monthsResidentCatalonia(), at + ": monthsResidentCatalonia");
            if (m.role() == Household.Role.REFERENCE) {
                references++;
                if (m.age(h.date()) < ADULT) {
                    throw new InvalidHouseholdException(at + ": the reference person is a minor; a child cannot be the only adult "
                            + "of a household.");
                }
            }
        }
        if (references != 1) {
            throw new InvalidHouseholdException(references == 0 ? "The household has no reference person (role reference)."
                    : "The household has " + references + " reference persons; there must be exactly one.");
        }
    }

    private static void nonNegative(Integer value, String what) {
        if (value != null && value < 0) {
            throw new InvalidHouseholdException(what + " cannot be negative.");
        }
    }
}
