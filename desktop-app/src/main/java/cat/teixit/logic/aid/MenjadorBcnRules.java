package cat.teixit.logic.aid;

import static cat.teixit.logic.aid.Explanation.eur;

import cat.teixit.logic.common.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Barcelona's school-canteen grants: the income limits of each band are the sum of an amount per member (first
 * adult, second adult, each child); up to the 100% limit and followed by social services, 100%; up to the 70% one,
 * 70%; above it, refused.
 */
final class MenjadorBcnRules implements AidRules {

    @Override
    public List<String> figureKeys() {
        return List.of("firstAdult70", "secondAdult70", "child70", "firstAdult100", "secondAdult100", "child100",
                "minimumSchoolAge", "maximumSchoolAge");
    }

    private static BigDecimal limit(Facts f, RuleSet r, String band) {
        return r.number("firstAdult" + band)
                .add(r.number("secondAdult" + band).multiply(BigDecimal.valueOf(Math.max(0, f.adults - 1))))
                .add(r.number("child" + band).multiply(BigDecimal.valueOf(f.minors)));
    }

    @Override
    public AidResult assess(Facts f, RuleSet r, Map<Aid, AidResult> earlier) {
        Explanation e = new Explanation(Aid.MENJADOR_BCN, r);
        String municipality = f.household.municipality();
        if (municipality == null || municipality.isBlank()) {
            e.missing("municipality", Step.of("aid.step.menjador.municipality.missing"));
        } else {
            e.require(Texts.fold(municipality).strip().equals("barcelona"), "aid.step.menjador.municipality", municipality);
        }
        int from = r.integer("minimumSchoolAge");
        int to = r.integer("maximumSchoolAge");
        long pupils = f.household.members().stream().filter(m -> m.age(f.date) >= from && m.age(f.date) <= to).count();
        e.require(pupils > 0, "aid.step.menjador.pupils", pupils, from, to, r.source("minimumSchoolAge"));
        BigDecimal limit70 = limit(f, r, "70");
        BigDecimal limit100 = limit(f, r, "100");
        e.step("aid.step.menjador.band70", eur(r.number("firstAdult70")), eur(r.number("secondAdult70")),
                eur(r.number("child70")), eur(limit70), r.source("firstAdult70"));
        e.step("aid.step.menjador.band100", eur(r.number("firstAdult100")), eur(r.number("secondAdult100")),
                eur(r.number("child100")), eur(limit100), r.source("firstAdult100"));
        if (f.adults > 2) {
            e.step("aid.step.menjador.thirdAdult");
        }
        e.step("aid.step.menjador.incomeYear");
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, Step.of("aid.step.menjador.income.missing")));
            return e.result(false, null, null, null);
        }
        BigDecimal income = f.annualIncome;
        boolean within = income.compareTo(limit70) <= 0;
        e.require(within, within ? "aid.step.menjador.within70" : "aid.step.menjador.above70", eur(income));
        String level = "70%";
        BigDecimal percent = BigDecimal.valueOf(70);
        if (income.compareTo(limit100) <= 0) {
            Boolean followed = f.household.followedBySocialServices();
            if (Boolean.TRUE.equals(followed)) {
                level = "100%";
                percent = BigDecimal.valueOf(100);
                e.step("aid.step.menjador.full");
            } else if (followed == null) {
                e.step("aid.step.menjador.fullIfFollowed", new Step.Field(Facts.household("followedBySocialServices")));
            } else {
                e.step("aid.step.menjador.notFollowed");
            }
        }
        return e.result(true, null, Step.literal(level), percent);
    }
}
