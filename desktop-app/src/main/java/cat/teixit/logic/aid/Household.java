package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A household as the simulator sees it, on one date. Unknown facts are {@code null}: the simulator then answers
 * "cannot tell" for the aids that need them and names them. Build it with {@link HouseholdJson} or
 * {@link #validated}, which refuse an impossible household.
 *
 * @param date the date the simulation is for (which rule sets apply, everyone's age)
 * @param municipality where the household lives (null when not known)
 * @param netAssetsExcludingHome net assets without the habitual home, in euros
 * @param constitutedMonths how long the household has been constituted as such
 * @param independentLivingMonths for someone under 30 living alone: months of independent living
 * @param largeFamily holds the large-family title (família nombrosa)
 * @param followedBySocialServices the children are followed by social services
 * @param electricityRegulatedTariff the supply is on the regulated tariff (PVPC), held by a member
 * @param electricityDependent someone depends on electricity for medical equipment
 * @param terrorismVictim someone is a victim of terrorism
 * @param members everyone in the household, the reference person first
 */
public record Household(LocalDate date, String municipality, BigDecimal netAssetsExcludingHome,
        Integer constitutedMonths, Integer independentLivingMonths, Boolean largeFamily,
        Boolean followedBySocialServices, Boolean electricityRegulatedTariff, Boolean electricityDependent,
        Boolean terrorismVictim, List<Member> members) {

    /** The role of a member in the household. */
    public enum Role { REFERENCE, PARTNER, CHILD, OTHER }

    /** The kind of a member's main income. */
    public enum IncomeKind { WORK, PENSION, UNEMPLOYMENT, NONE }

    /**
     * One person of the household.
     *
     * @param annualNetIncome the previous year's income, net of IRPF and social contributions, in euros
     */
    public record Member(String id, LocalDate birthDate, Role role, Integer disabilityPercent, Integer dependencyGrade,
            BigDecimal annualNetIncome, IncomeKind incomeKind, Integer monthsResidentSpain,
            Integer monthsResidentCatalonia, Boolean singleParentWithCustody, Boolean genderViolenceVictim,
            Boolean careLeaver) {

        /** Whole years of age on {@code date}. */
        public int age(LocalDate date) {
            return java.time.Period.between(birthDate, date).getYears();
        }
    }

    public Household {
        members = List.copyOf(members);
    }

    /** {@code household} after the checks of {@link HouseholdChecks}; throws {@link InvalidHouseholdException}. */
    public static Household validated(Household household) {
        HouseholdChecks.check(household);
        return household;
    }

    /** The same household on another date. */
    public Household on(LocalDate other) {
        return new Household(other, municipality, netAssetsExcludingHome, constitutedMonths, independentLivingMonths,
                largeFamily, followedBySocialServices, electricityRegulatedTariff, electricityDependent, terrorismVictim,
                members);
    }
}
