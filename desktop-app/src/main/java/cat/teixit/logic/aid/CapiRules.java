package cat.teixit.logic.aid;

import static cat.teixit.logic.aid.Explanation.eur;
import static cat.teixit.logic.aid.Explanation.num;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The IMV's child supplement (CAPI): a fixed amount per minor by age on 1 January, for households below 300% of the
 * Anexo I threshold and 150% of the Anexo II asset limit. Treated as fixed (see aid-rules: unverified whether the
 * INSS reduces it), and said so.
 */
final class CapiRules implements AidRules {

    @Override
    public List<String> figureKeys() {
        return List.of("pncAnnual", "scale", "incomeFactor", "assetsFactor", "assetsScale", "assetTestFactor", "under3",
                "from3to5", "from6to17", "residenceMonths");
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.IMV_CAPI, r);
        e.require(f.minors > 0, "aid.step.capi.minors", f.minors, r.source("under3"));
        if (f.minors == 0) {
            return e.result(false, null, null, null);
        }
        Household.Member ref = f.reference;
        e.months(ref.monthsResidentSpain(), r.integer("residenceMonths"), Facts.field(ref, "monthsResidentSpain"),
                Step.of("aid.step.what.residenceSpain"), r.source("residenceMonths"));
        BigDecimal pnc = r.number("pncAnnual");
        BigDecimal scale = f.bySize(r.numbers("scale"));
        BigDecimal incomeLimit = pnc.multiply(scale).multiply(r.number("incomeFactor")).setScale(2, RoundingMode.HALF_UP);
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, Step.of("aid.step.capi.income.missing", eur(incomeLimit))));
        } else {
            e.require(f.annualIncome.compareTo(incomeLimit) < 0, "aid.step.capi.income", eur(f.annualIncome),
                    num(r.number("incomeFactor")), eur(pnc), num(scale), eur(incomeLimit), r.source("incomeFactor"));
        }
        ImvRules.assets(f, r, e, r.number("assetsFactor"), "assetsFactor");
        LocalDate january = f.date.withDayOfYear(1);
        BigDecimal total = BigDecimal.ZERO;
        for (Household.Member m : f.household.members()) {
            if (m.age(f.date) >= Facts.ADULT_AGE) {
                continue;
            }
            int age = m.birthDate().isAfter(january) ? 0 : m.age(january);
            String key = age < 3 ? "under3" : age < 6 ? "from3to5" : "from6to17";
            BigDecimal each = r.number(key);
            total = total.add(each);
            e.step("aid.step.capi.minor", m.id(), age, String.valueOf(january.getYear()), eur(each), r.source(key));
        }
        e.step("aid.step.capi.total", eur(total));
        return e.result(true, total, Step.of("aid.level.capi", f.minors), null);
    }
}
