package cat.teixit.logic.aid;

import static cat.teixit.logic.aid.Explanation.eur;
import static cat.teixit.logic.aid.Explanation.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The electricity social discount (RD 897/2017 art. 3 and 6): vulnerable up to IPREM (14 payments) × a multiplier by
 * household and circumstances, severely vulnerable up to half of it, and regardless of income for large families and
 * IMV beneficiaries; the discount in force on the date comes from the rule set of that period.
 */
final class BonoSocialRules implements AidRules {

    static final String VULNERABLE = "VULNERABLE";
    static final String SEVERE = "SEVERELY_VULNERABLE";

    @Override
    public List<String> figureKeys() {
        return List.of("iprem14", "baseMultiplier", "perExtraAdult", "perMinor", "specialCircumstances", "disabilityPercent",
                "severeFactor", "largeFamilySevereFactor", "vulnerableDiscount", "severeDiscount");
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.BONO_SOCIAL_ELECTRICO, r);
        Household h = f.household;
        if (h.electricityRegulatedTariff() == null) {
            e.missing(Facts.household("electricityRegulatedTariff"), "the supply must be on the regulated tariff (PVPC), held by a "
                    + "member at the habitual home (RD 897/2017 art. 3)");
        } else {
            e.require(h.electricityRegulatedTariff(), "supply on the regulated tariff (PVPC) held by a member at the habitual "
                    + "home (RD 897/2017 art. 3).");
        }
        BigDecimal iprem = r.number("iprem14");
        BigDecimal multiplier = r.number("baseMultiplier")
                .add(r.number("perExtraAdult").multiply(BigDecimal.valueOf(Math.max(0, f.adults - 1))))
                .add(r.number("perMinor").multiply(BigDecimal.valueOf(f.minors)));
        e.step(f.composition() + ": multiplier " + num(r.number("baseMultiplier")) + " + " + num(r.number("perExtraAdult"))
                + " per extra adult + " + num(r.number("perMinor")) + " per minor = " + num(multiplier) + " ("
                + r.source("baseMultiplier") + ").");
        List<String> special = new ArrayList<>();
        int disability = r.integer("disabilityPercent");
        if (f.anyone(m -> m.disabilityPercent() != null && m.disabilityPercent() >= disability)) {
            special.add("disability of " + disability + "% or more");
        }
        if (f.anyone(m -> Boolean.TRUE.equals(m.genderViolenceVictim()))) {
            special.add("victim of gender violence");
        }
        if (Boolean.TRUE.equals(h.terrorismVictim())) {
            special.add("victim of terrorism");
        }
        if (f.anyone(m -> m.dependencyGrade() != null && m.dependencyGrade() >= 2)) {
            special.add("dependency grade II or III");
        }
        if (f.singleParent()) {
            special.add("one parent with minors");
        }
        if (Boolean.TRUE.equals(h.electricityDependent())) {
            special.add("depends on electricity for medical equipment");
        }
        if (!special.isEmpty()) {
            multiplier = multiplier.add(r.number("specialCircumstances"));
            e.step("Special circumstances (" + String.join(", ", special) + "): + " + num(r.number("specialCircumstances"))
                    + " = " + num(multiplier) + " (" + r.source("specialCircumstances") + ").");
        }
        BigDecimal threshold = iprem.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
        BigDecimal severe = threshold.multiply(r.number("severeFactor")).setScale(2, RoundingMode.HALF_UP);
        e.step("Vulnerable up to IPREM " + eur(iprem) + " × " + num(multiplier) + " = " + eur(threshold) + " a year; severely "
                + "vulnerable up to " + num(r.number("severeFactor").multiply(BigDecimal.valueOf(100))) + "% of it = "
                + eur(severe) + " (" + r.source("iprem14") + "; " + r.source("severeFactor") + ").");
        e.step("Not assessed: the case where everyone with income receives a minimum retirement or permanent-disability "
                + "pension (vulnerable regardless of income).");
        boolean large = Boolean.TRUE.equals(h.largeFamily());
        AidResult imv = earlier.get(Aid.IMV);
        boolean imvBeneficiary = imv != null && Boolean.TRUE.equals(imv.eligible());
        String level = null;
        if (f.annualIncome == null) {
            if (large || imvBeneficiary) {
                level = VULNERABLE;
                e.step((large ? "Large family" : "IMV beneficiary") + ": vulnerable regardless of income (RD 897/2017 art. 3.1); "
                        + "whether severely vulnerable depends on the income.");
            } else {
                f.missingIncome.forEach(m -> e.missing(m, "the household's annual income is compared with the thresholds"));
            }
        } else {
            BigDecimal income = f.annualIncome;
            e.step("Household income: " + eur(income) + " a year.");
            if (income.compareTo(severe) <= 0) {
                level = SEVERE;
            } else if (income.compareTo(threshold) <= 0) {
                level = VULNERABLE;
            }
            if (large) {
                BigDecimal largeSevere = iprem.multiply(r.number("largeFamilySevereFactor")).setScale(2, RoundingMode.HALF_UP);
                level = income.compareTo(largeSevere) <= 0 || SEVERE.equals(level) ? SEVERE : VULNERABLE;
                e.step("Large family: vulnerable regardless of income; severely vulnerable with income up to "
                        + num(r.number("largeFamilySevereFactor")) + " × IPREM = " + eur(largeSevere) + " ("
                        + r.source("largeFamilySevereFactor") + ").");
            }
            if (imvBeneficiary && level == null) {
                level = VULNERABLE;
                e.step("IMV beneficiary in the household: vulnerable regardless of income (RD 897/2017 art. 3.1).");
            }
            e.require(level != null, "income " + eur(income) + (level == null ? " above " + eur(threshold) : " within the "
                    + (SEVERE.equals(level) ? "severely vulnerable" : "vulnerable") + " limit") + ".");
        }
        BigDecimal discount = null;
        if (level != null) {
            String key = SEVERE.equals(level) ? "severeDiscount" : "vulnerableDiscount";
            discount = r.number(key);
            e.step("Discount on " + f.date + ": " + num(discount) + "% (" + r.source(key) + "), within the annual energy cap "
                    + "(RD 897/2017 art. 6.3 and Anexo I).");
        }
        return e.result(level != null, null, level, discount);
    }
}
