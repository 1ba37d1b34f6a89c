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
        e.step("aid.step.imv.scale", f.composition(), num(scale), r.source("scale"));
        BigDecimal c = scale;
        if (f.singleParent()) {
            c = c.add(r.number("monoparental"));
            e.step("aid.step.imv.singleParent", num(r.number("monoparental")), r.source("monoparental"));
        }
        int threshold = r.integer("disabilityPercent");
        if (f.anyone(m -> m.disabilityPercent() != null && m.disabilityPercent() >= threshold)) {
            c = c.add(r.number("disability"));
            BigDecimal alone = monthlyTruncated(r.number("pncAnnual"), r.number("disability"));
            e.step("aid.step.imv.disability", threshold, num(r.number("disability")), eur(alone), r.source("disability"));
        }
        return c;
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.IMV, r);
        BigDecimal pnc = r.number("pncAnnual");
        e.step("aid.step.imv.individual", eur(pnc), eur(exactMonthly(pnc)), eur(monthlyTruncated(pnc, BigDecimal.ONE)),
                r.source("pncAnnual"));
        Household.Member ref = f.reference;
        int age = ref.age(f.date);
        int minAge = r.integer("minimumAge");
        if (!e.oldEnough(f, r)) {
            boolean withChildren = f.minors > 0;
            boolean victim = Boolean.TRUE.equals(ref.genderViolenceVictim());
            boolean careLeaver = Boolean.TRUE.equals(ref.careLeaver()) && age >= r.integer("careLeaverAge");
            Step which = Step.of(withChildren ? "aid.step.imv.young.children" : victim ? "aid.step.imv.young.victim"
                    : careLeaver ? "aid.step.imv.young.careLeaver" : "aid.step.imv.young.none");
            e.require(withChildren || victim || careLeaver, "aid.step.imv.young", age, minAge, which, r.source("minimumAge"));
        }
        e.months(ref.monthsResidentSpain(), r.integer("residenceMonths"), Facts.field(ref, "monthsResidentSpain"),
                Step.of("aid.step.what.residenceSpain"), r.source("residenceMonths"));
        if (f.size > 1) {
            e.months(f.household.constitutedMonths(), r.integer("constitutedMonths"), Facts.household("constitutedMonths"),
                    Step.of("aid.step.what.constituted"), r.source("constitutedMonths"));
        } else if (age < r.integer("aloneUnderAge")) {
            e.months(f.household.independentLivingMonths(), r.integer("independentMonths"),
                    Facts.household("independentLivingMonths"),
                    Step.of("aid.step.what.independent", r.integer("aloneUnderAge")), r.source("independentMonths"));
        }
        assets(f, r, e, r.number("assetsFactor"), "assetsFactor");
        e.step("aid.step.imv.noDirector");
        BigDecimal coefficient = coefficient(f, r, e);
        BigDecimal rg = monthlyTruncated(pnc, coefficient);
        e.step("aid.step.imv.rg", eur(pnc), num(coefficient),
                eur(pnc.multiply(coefficient).divide(TWELVE, 4, RoundingMode.HALF_UP)), eur(rg), r.source("scale"));
        Step level = Step.of("aid.level.imv", f.composition(), num(coefficient));
        e.step("aid.step.imv.incentive");
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, Step.of("aid.step.imv.income.missing")));
            return e.result(false, null, level, null);
        }
        BigDecimal monthlyIncome = f.annualIncome.divide(TWELVE, 4, RoundingMode.HALF_UP);
        e.step("aid.step.imv.income", eur(f.annualIncome), eur(monthlyIncome));
        BigDecimal amount = rg.subtract(f.annualIncome.divide(TWELVE, 10, RoundingMode.DOWN)).setScale(2, RoundingMode.DOWN);
        BigDecimal gap = r.number("minimumGap");
        boolean pays = amount.compareTo(gap) >= 0;
        e.require(pays, "aid.step.imv.amount", eur(rg), eur(monthlyIncome), eur(amount.max(BigDecimal.ZERO)), eur(gap),
                r.source("minimumGap"));
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
            e.missing(Facts.household("netAssetsExcludingHome"), Step.of("aid.step.assets.missing", eur(limit),
                    r.source(factorKey)));
            return;
        }
        e.require(assets.compareTo(limit) < 0, "aid.step.assets.limit", eur(assets), num(factor), eur(r.number("pncAnnual")),
                num(scale), eur(limit), r.source(factorKey), r.source("assetsScale"));
        e.require(assets.compareTo(test) < 0, "aid.step.assets.test", eur(assets), num(r.number("assetTestFactor")),
                eur(r.number("pncAnnual")), num(scale), eur(test), r.source("assetTestFactor"));
    }
}
