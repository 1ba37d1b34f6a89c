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
            e.require(age >= r.integer("exceptionAge") && (inCare || victim), "the claimant is " + age + ", under " + minAge
                    + "; from " + r.integer("exceptionAge") + " only with minors or disabled people in their care, or as a "
                    + "victim of gender violence (" + r.source("exceptionAge") + ").");
        }
        e.months(ref.monthsResidentCatalonia(), r.integer("residenceMonths"), Facts.field(ref, "monthsResidentCatalonia"),
                "continuous residence in Catalonia", r.source("residenceMonths"));
        for (Household.Member m : f.household.members()) {
            boolean hasIncome = m.annualNetIncome() != null && m.annualNetIncome().signum() > 0;
            if (!hasIncome) {
                continue;
            }
            if (m.incomeKind() == null) {
                e.missing(Facts.field(m, "incomeKind"), "pensions, unemployment benefits and work income change the right");
            } else if (m.incomeKind() == Household.IncomeKind.PENSION || m.incomeKind() == Household.IncomeKind.UNEMPLOYMENT) {
                e.require(false, "member " + m.id() + " receives a " + m.incomeKind().name().toLowerCase(java.util.Locale.ROOT)
                        + " benefit: no right to the RGC except under the complementarity rules of disposició addicional 3a, "
                        + "not assessed here (Llei 14/2017 art. 4.5).");
            } else if (m.incomeKind() == Household.IncomeKind.WORK) {
                e.require(f.singleParent(), "member " + m.id() + " has work income: compatible only with part-time work in "
                        + "single-parent families as the law is rolled out (Llei 14/2017 art. 4.1)"
                        + (f.singleParent() ? "; this is a single-parent family." : "."));
            }
        }
        e.step("No asset figure is set: the household must have no assets beyond the habitual home that would secure a "
                + "minimum income (Llei 14/2017 art. 7.2.e); checked by the professional.");
        BigDecimal irsc = r.number("irscAnnual");
        BigDecimal percent = f.bySize(r.numbers("percentBySize"));
        BigDecimal amount = monthly(irsc, percent);
        e.step("IRSC " + eur(irsc) + " a year (" + r.source("irscAnnual") + "). " + f.size + (f.size == 1 ? " member" : " members")
                + ": " + num(percent) + "% of the IRSC ÷ 12 = " + eur(amount) + " a month, activation supplement included ("
                + r.source("percentBySize") + ").");
        BigDecimal minimum = monthly(irsc, r.number("minimumPercent"));
        String level = f.size + (f.size == 1 ? " member, " : " members, ") + num(percent) + "% IRSC";
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, "the household's income is compared with the RGC amount"));
            return e.result(false, null, level, null);
        }
        BigDecimal monthlyIncome = f.annualIncome.divide(ImvRules.TWELVE, 2, RoundingMode.HALF_UP);
        e.step("Income: " + eur(f.annualIncome) + " a year ÷ 12 = " + eur(monthlyIncome) + " a month, standing for the two "
                + "months before applying (art. 7.1.d); not counted: dependency benefits, canteen and transport grants, "
                + "anti-eviction emergency aid, study grants (art. 4.4).");
        AidResult imv = earlier.get(Aid.IMV);
        BigDecimal imvAmount = BigDecimal.ZERO;
        if (imv == null || imv.eligible() == null) {
            e.missing("IMV", "the RGC is subsidiary and tops up the IMV, which could not be worked out"
                    + (imv == null ? "" : ": " + String.join(", ", imv.missing())));
        } else if (imv.eligible()) {
            imvAmount = imv.monthlyAmount();
            e.step("The RGC is subsidiary: the IMV of " + eur(imvAmount) + " a month, to be applied for first, counts as "
                    + "income (Llei 14/2017 art. 4; lesmevesajudes.barcelona.cat).");
        } else {
            e.step("The IMV does not apply to this household; the RGC still requires applying for it first.");
        }
        e.step("Assumed: the IMV child supplement (CAPI) is not counted as income for the RGC (unverified).");
        BigDecimal topUp = amount.subtract(monthlyIncome).subtract(imvAmount);
        e.require(topUp.compareTo(minimum) >= 0, "RGC top-up = " + eur(amount) + " − income " + eur(monthlyIncome)
                + (imvAmount.signum() > 0 ? " − IMV " + eur(imvAmount) : "") + " = " + eur(topUp.max(BigDecimal.ZERO))
                + " a month; the minimum payment is " + num(r.number("minimumPercent")) + "% of the IRSC = " + eur(minimum)
                + ", taken as a cut-off (" + r.source("minimumPercent") + ").");
        return e.result(true, topUp, level, null);
    }
}
