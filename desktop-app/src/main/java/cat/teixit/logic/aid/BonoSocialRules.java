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
            e.missing(Facts.household("electricityRegulatedTariff"), Step.of("aid.step.bono.tariff.missing"));
        } else {
            e.require(h.electricityRegulatedTariff(), "aid.step.bono.tariff");
        }
        BigDecimal iprem = r.number("iprem14");
        BigDecimal multiplier = r.number("baseMultiplier")
                .add(r.number("perExtraAdult").multiply(BigDecimal.valueOf(Math.max(0, f.adults - 1))))
                .add(r.number("perMinor").multiply(BigDecimal.valueOf(f.minors)));
        e.step("aid.step.bono.multiplier", f.composition(), num(r.number("baseMultiplier")), num(r.number("perExtraAdult")),
                num(r.number("perMinor")), num(multiplier), r.source("baseMultiplier"));
        List<Step> special = new ArrayList<>();
        int disability = r.integer("disabilityPercent");
        if (f.anyone(m -> m.disabilityPercent() != null && m.disabilityPercent() >= disability)) {
            special.add(Step.of("aid.step.bono.special.disability", disability));
        }
        if (f.anyone(m -> Boolean.TRUE.equals(m.genderViolenceVictim()))) {
            special.add(Step.of("aid.step.bono.special.genderViolence"));
        }
        if (Boolean.TRUE.equals(h.terrorismVictim())) {
            special.add(Step.of("aid.step.bono.special.terrorism"));
        }
        if (f.anyone(m -> m.dependencyGrade() != null && m.dependencyGrade() >= 2)) {
            special.add(Step.of("aid.step.bono.special.dependency"));
        }
        if (f.singleParent()) {
            special.add(Step.of("aid.step.bono.special.singleParent"));
        }
        if (Boolean.TRUE.equals(h.electricityDependent())) {
            special.add(Step.of("aid.step.bono.special.electricityDependent"));
        }
        if (!special.isEmpty()) {
            multiplier = multiplier.add(r.number("specialCircumstances"));
            e.step("aid.step.bono.special", special, num(r.number("specialCircumstances")), num(multiplier),
                    r.source("specialCircumstances"));
        }
        BigDecimal threshold = iprem.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
        BigDecimal severe = threshold.multiply(r.number("severeFactor")).setScale(2, RoundingMode.HALF_UP);
        e.step("aid.step.bono.thresholds", eur(iprem), num(multiplier), eur(threshold),
                num(r.number("severeFactor").multiply(BigDecimal.valueOf(100))), eur(severe), r.source("iprem14"),
                r.source("severeFactor"));
        e.step("aid.step.bono.pensions");
        boolean large = Boolean.TRUE.equals(h.largeFamily());
        AidResult imv = earlier.get(Aid.IMV);
        boolean imvBeneficiary = imv != null && Boolean.TRUE.equals(imv.eligible());
        String level = null;
        if (f.annualIncome == null) {
            if (large || imvBeneficiary) {
                level = VULNERABLE;
                e.step(large ? "aid.step.bono.largeFamilyAnyIncome" : "aid.step.bono.imvAnyIncome");
            } else {
                f.missingIncome.forEach(m -> e.missing(m, Step.of("aid.step.bono.income.missing")));
            }
        } else {
            BigDecimal income = f.annualIncome;
            e.step("aid.step.bono.income", eur(income));
            if (income.compareTo(severe) <= 0) {
                level = SEVERE;
            } else if (income.compareTo(threshold) <= 0) {
                level = VULNERABLE;
            }
            if (large) {
                BigDecimal largeSevere = iprem.multiply(r.number("largeFamilySevereFactor")).setScale(2, RoundingMode.HALF_UP);
                level = income.compareTo(largeSevere) <= 0 || SEVERE.equals(level) ? SEVERE : VULNERABLE;
                e.step("aid.step.bono.largeFamily", num(r.number("largeFamilySevereFactor")), eur(largeSevere),
                        r.source("largeFamilySevereFactor"));
            }
            if (imvBeneficiary && level == null) {
                level = VULNERABLE;
                e.step("aid.step.bono.imv");
            }
            e.require(level != null, level == null ? "aid.step.bono.above" : SEVERE.equals(level)
                    ? "aid.step.bono.withinSevere" : "aid.step.bono.withinVulnerable", eur(income), eur(threshold));
        }
        BigDecimal discount = null;
        if (level != null) {
            String key = SEVERE.equals(level) ? "severeDiscount" : "vulnerableDiscount";
            discount = r.number(key);
            e.step("aid.step.bono.discount", f.date, num(discount), r.source(key));
        }
        return e.result(level != null, null, level == null ? null : Step.literal(level), discount);
    }
}
