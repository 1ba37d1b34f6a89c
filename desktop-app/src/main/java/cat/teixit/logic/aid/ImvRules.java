package cat.teixit.logic.aid;

import static cat.teixit.logic.aid.Explanation.eur;
import static cat.teixit.logic.aid.Explanation.num;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Ingreso Mínimo Vital (Ley 19/2021): the guaranteed income (renta garantizada, RG) of the household by the scale of
 * Anexo I with the single-parent and disability supplements, minus the previous year's income; paid when at least
 * 10 € a month. The Seguridad Social truncates each figure to the cent, so this does.
 */
final class ImvRules implements AidRules {

    static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    @Override
    public List<String> figureKeys() {
        return List.of("pncAnnual", "scale", "monoparental", "disability", "disabilityPercent", "minimumGap",
                "assetsFactor", "assetsScale", "assetTestFactor", "residenceMonths", "constitutedMonths", "minimumAge",
                "careLeaverAge", "aloneUnderAge", "independentMonths");
    }

    /** {@code annual × coefficient ÷ 12}, truncated to the cent (the Seguridad Social's published figures). */
    static BigDecimal monthlyTruncated(BigDecimal annual, BigDecimal coefficient) {
        return annual.multiply(coefficient).divide(TWELVE, 10, RoundingMode.DOWN).setScale(2, RoundingMode.DOWN);
    }

    /** {@code x ÷ 12} to four decimals, for showing the exact figure before truncation. */
    static BigDecimal exactMonthly(BigDecimal annual) {
        return annual.divide(TWELVE, 4, RoundingMode.HALF_UP);
    }

    /** The coefficient of the household's RG: the Anexo I scale plus the supplements that apply. */
    static BigDecimal coefficient(Facts f, RuleSet r, Explanation e) {
        BigDecimal scale = f.bySize(r.numbers("scale"));
        e.step("Household " + f.composition() + ": scale coefficient " + num(scale) + " (" + r.source("scale") + ").");
        BigDecimal c = scale;
        if (f.singleParent()) {
            c = c.add(r.number("monoparental"));
            e.step("Single-parent household (one adult with exclusive custody of the minors): + " + num(r.number("monoparental"))
                    + " (" + r.source("monoparental") + ").");
        }
        int threshold = r.integer("disabilityPercent");
        if (f.anyone(m -> m.disabilityPercent() != null && m.disabilityPercent() >= threshold)) {
            c = c.add(r.number("disability"));
            BigDecimal alone = monthlyTruncated(r.number("pncAnnual"), r.number("disability"));
            e.step("Someone in the household has a disability of " + threshold + "% or more: + " + num(r.number("disability"))
                    + " (" + eur(alone) + " a month; " + r.source("disability") + ").");
        }
        return c;
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.IMV, r);
        BigDecimal pnc = r.number("pncAnnual");
        e.step("Individual RG = annual non-contributory pension " + eur(pnc) + " ÷ 12 = " + eur(exactMonthly(pnc))
                + ", truncated to " + eur(monthlyTruncated(pnc, BigDecimal.ONE)) + " a month (" + r.source("pncAnnual") + ").");
        Household.Member ref = f.reference;
        int age = ref.age(f.date);
        int minAge = r.integer("minimumAge");
        if (!e.oldEnough(f, r)) {
            boolean withChildren = f.minors > 0;
            boolean victim = Boolean.TRUE.equals(ref.genderViolenceVictim());
            boolean careLeaver = Boolean.TRUE.equals(ref.careLeaver()) && age >= r.integer("careLeaverAge");
            e.require(withChildren || victim || careLeaver, "the claimant is " + age + ", under " + minAge
                    + "; the exceptions are adults with children, care-leavers aged 18 to 22 and victims of gender violence"
                    + (withChildren ? " (has children)" : victim ? " (victim of gender violence)"
                            : careLeaver ? " (care-leaver)" : "") + " (" + r.source("minimumAge") + ").");
        }
        e.months(ref.monthsResidentSpain(), r.integer("residenceMonths"), Facts.field(ref, "monthsResidentSpain"),
                "legal, continuous residence in Spain", r.source("residenceMonths"));
        if (f.size > 1) {
            e.months(f.household.constitutedMonths(), r.integer("constitutedMonths"), Facts.household("constitutedMonths"),
                    "the household constituted as such", r.source("constitutedMonths"));
        } else if (age < r.integer("aloneUnderAge")) {
            e.months(f.household.independentLivingMonths(), r.integer("independentMonths"),
                    Facts.household("independentLivingMonths"), "independent living (living alone under "
                    + r.integer("aloneUnderAge") + ")", r.source("independentMonths"));
        }
        assets(f, r, e, r.number("assetsFactor"), "assetsFactor");
        e.step("Assumed: no one in the household is a de jure director of an active company (not asked; it excludes).");
        BigDecimal coefficient = coefficient(f, r, e);
        BigDecimal rg = monthlyTruncated(pnc, coefficient);
        e.step("Household RG = " + eur(pnc) + " × " + num(coefficient) + " ÷ 12 = "
                + eur(pnc.multiply(coefficient).divide(TWELVE, 4, RoundingMode.HALF_UP)) + ", truncated to " + eur(rg)
                + " a month (" + r.source("scale") + ").");
        String level = f.composition() + ", coefficient " + num(coefficient);
        e.step("Not applied: the earned-income incentive (art. 11.4, to be set by regulation) is unverified and left out.");
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, "the household's income of the previous year is needed"));
            return e.result(false, null, level, null);
        }
        BigDecimal monthlyIncome = f.annualIncome.divide(TWELVE, 4, RoundingMode.HALF_UP);
        e.step("Income: " + eur(f.annualIncome) + " a year, net of IRPF and contributions, pensions in full; ÷ 12 = "
                + eur(monthlyIncome) + " a month (art. 20.3 and 13.6). Not to be counted: study grants, housing aids and a "
                + "non-contributory unemployment subsidy ended by the application (art. 20.1.f).");
        BigDecimal amount = rg.subtract(f.annualIncome.divide(TWELVE, 10, RoundingMode.DOWN)).setScale(2, RoundingMode.DOWN);
        BigDecimal gap = r.number("minimumGap");
        boolean pays = amount.compareTo(gap) >= 0;
        e.require(pays, "IMV = RG " + eur(rg) + " − income " + eur(monthlyIncome) + " = " + eur(amount.max(BigDecimal.ZERO))
                + " a month, truncated; the income must be at least " + eur(gap) + " below the RG and the amount at least "
                + eur(gap) + " (" + r.source("minimumGap") + ").");
        return e.result(true, amount, level, null);
    }

    /** The asset limits of Anexo II ({@code factor} × the annual amount × its scale) and III, said as steps. */
    static void assets(Facts f, RuleSet r, Explanation e, BigDecimal factor, String factorKey) {
        BigDecimal scale = f.bySize(r.numbers("assetsScale"));
        BigDecimal limit = r.number("pncAnnual").multiply(factor).multiply(scale).round(MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal test = r.number("pncAnnual").multiply(r.number("assetTestFactor")).multiply(scale)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal assets = f.household.netAssetsExcludingHome();
        if (assets == null) {
            e.missing(Facts.household("netAssetsExcludingHome"), "net assets (without the habitual home) must be below "
                    + eur(limit) + " (" + r.source(factorKey) + ")");
            return;
        }
        e.require(assets.compareTo(limit) < 0, "net assets without the habitual home " + eur(assets) + " below "
                + num(factor) + " × " + eur(r.number("pncAnnual")) + " × " + num(scale) + " = " + eur(limit) + " ("
                + r.source(factorKey) + "; scale " + r.source("assetsScale") + ").");
        e.require(assets.compareTo(test) < 0, "asset test on non-corporate assets: " + eur(assets) + " below "
                + num(r.number("assetTestFactor")) + " × " + eur(r.number("pncAnnual")) + " × " + num(scale) + " = "
                + eur(test) + " (" + r.source("assetTestFactor") + "; the one asset figure given stands for both).");
    }
}
