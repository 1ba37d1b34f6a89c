package cat.teixit.logic.aid;

import static cat.teixit.logic.aid.Explanation.eur;
import static cat.teixit.logic.aid.Explanation.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Catalonia's Renda Garantida de Ciutadania (Llei 14/2017): a percentage of the IRSC by household size (art. 18),
 * subsidiary to every other benefit, so a top-up after the IMV: the RGC amount minus the household's income and the
 * IMV. Amounts rounded to the cent (they reproduce the published 2024 ones).
 */
final class RgcRules implements AidRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<String> figureKeys() {
        return List.of("irscAnnual", "percentBySize", "minimumPercent", "minimumAge", "exceptionAge", "residenceMonths");
    }

    /** {@code IRSC × percent ÷ 100 ÷ 12}, rounded to the cent. */
    static BigDecimal monthly(BigDecimal irscAnnual, BigDecimal percent) {
        return irscAnnual.multiply(percent).divide(HUNDRED.multiply(ImvRules.TWELVE), 2, RoundingMode.HALF_UP);
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.RGC, r);
        Household.Member ref = f.reference;
        int age = ref.age(f.date);
        int minAge = r.integer("minimumAge");
        if (!e.oldEnough(f, r)) {
            boolean inCare = f.minors > 0 || f.household.members().stream()
                    .anyMatch(m -> m != ref && m.disabilityPercent() != null && m.disabilityPercent() >= 33);
            boolean victim = Boolean.TRUE.equals(ref.genderViolenceVictim());
            e.require(age >= r.integer("exceptionAge") && (inCare || victim), "aid.step.rgc.young", age, minAge,
                    r.integer("exceptionAge"), r.source("exceptionAge"));
        }
        e.months(ref.monthsResidentCatalonia(), r.integer("residenceMonths"), Facts.field(ref, "monthsResidentCatalonia"),
                Step.of("aid.step.what.residenceCatalonia"), r.source("residenceMonths"));
        for (Household.Member m : f.household.members()) {
            boolean hasIncome = m.annualNetIncome() != null && m.annualNetIncome().signum() > 0;
            if (!hasIncome) {
                continue;
            }
            if (m.incomeKind() == null) {
                e.missing(Facts.field(m, "incomeKind"), Step.of("aid.step.rgc.incomeKind.missing"));
            } else if (m.incomeKind() == Household.IncomeKind.PENSION) {
                e.require(false, "aid.step.rgc.pension", m.id());
            } else if (m.incomeKind() == Household.IncomeKind.UNEMPLOYMENT) {
                e.require(false, "aid.step.rgc.unemployment", m.id());
            } else if (m.incomeKind() == Household.IncomeKind.WORK) {
                e.require(f.singleParent(), f.singleParent() ? "aid.step.rgc.workSingleParent" : "aid.step.rgc.work", m.id());
            }
        }
        e.step("aid.step.rgc.assets");
        BigDecimal irsc = r.number("irscAnnual");
        BigDecimal percent = f.bySize(r.numbers("percentBySize"));
        BigDecimal amount = monthly(irsc, percent);
        e.step("aid.step.rgc.amount", eur(irsc), r.source("irscAnnual"), f.size, num(percent), eur(amount),
                r.source("percentBySize"));
        BigDecimal minimum = monthly(irsc, r.number("minimumPercent"));
        Step level = Step.of("aid.level.rgc", f.size, num(percent));
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, Step.of("aid.step.rgc.income.missing")));
            return e.result(false, null, level, null);
        }
        BigDecimal monthlyIncome = f.annualIncome.divide(ImvRules.TWELVE, 2, RoundingMode.HALF_UP);
        e.step("aid.step.rgc.income", eur(f.annualIncome), eur(monthlyIncome));
        AidResult imv = earlier.get(Aid.IMV);
        BigDecimal imvAmount = BigDecimal.ZERO;
        if (imv == null) {
            e.missing("IMV", Step.of("aid.step.rgc.imvUnknown"));
        } else if (imv.eligible() == null) {
            e.missing("IMV", Step.of("aid.step.rgc.imvUnknownFields",
                    imv.missing().stream().map(Step.Field::new).toList()));
        } else if (imv.eligible()) {
            imvAmount = imv.monthlyAmount();
            e.step("aid.step.rgc.imv", eur(imvAmount));
        } else {
            e.step("aid.step.rgc.noImv");
        }
        e.step("aid.step.rgc.capi");
        BigDecimal topUp = amount.subtract(monthlyIncome).subtract(imvAmount);
        Object[] args = {eur(amount), eur(monthlyIncome), eur(imvAmount), eur(topUp.max(BigDecimal.ZERO)),
            num(r.number("minimumPercent")), eur(minimum), r.source("minimumPercent")};
        e.require(topUp.compareTo(minimum) >= 0, imvAmount.signum() > 0 ? "aid.step.rgc.topUpImv" : "aid.step.rgc.topUp",
                args);
        return e.result(true, topUp, level, null);
    }
}
