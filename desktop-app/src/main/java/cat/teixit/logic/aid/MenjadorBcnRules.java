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
            e.missing("municipality", "the grants are Barcelona’s");
        } else {
            e.require(Texts.fold(municipality).strip().equals("barcelona"), "lives in " + municipality
                    + "; these grants are for Barcelona (other municipalities have their own).");
        }
        int from = r.integer("minimumSchoolAge");
        int to = r.integer("maximumSchoolAge");
        long pupils = f.household.members().stream().filter(m -> m.age(f.date) >= from && m.age(f.date) <= to).count();
        e.require(pupils > 0, pupils + (pupils == 1 ? " member aged " : " members aged ") + from + " to " + to + " (" + r.source("minimumSchoolAge") + ").");
        BigDecimal limit70 = limit(f, r, "70");
        BigDecimal limit100 = limit(f, r, "100");
        e.step("70% band: " + eur(r.number("firstAdult70")) + " first adult + " + eur(r.number("secondAdult70"))
                + " each further adult + " + eur(r.number("child70")) + " each child = " + eur(limit70) + " a year ("
                + r.source("firstAdult70") + ").");
        e.step("100% band: " + eur(r.number("firstAdult100")) + " + " + eur(r.number("secondAdult100")) + " each further adult + "
                + eur(r.number("child100")) + " each child = " + eur(limit100) + " a year (" + r.source("firstAdult100") + ").");
        if (f.adults > 2) {
            e.step("Assumed: a third or further adult adds the second adult’s amount.");
        }
        e.step("The income is the family’s of two years before the school year (2022 for 2023-24); the one given is used.");
        if (f.annualIncome == null) {
            f.missingIncome.forEach(m -> e.missing(m, "the family income is compared with the bands"));
            return e.result(false, null, null, null);
        }
        BigDecimal income = f.annualIncome;
        e.require(income.compareTo(limit70) <= 0, "family income " + eur(income) + (income.compareTo(limit70) <= 0
                ? " within the 70% band" : " above the 70% band: refused") + ".");
        String level = "70%";
        BigDecimal percent = BigDecimal.valueOf(70);
        if (income.compareTo(limit100) <= 0) {
            Boolean followed = f.household.followedBySocialServices();
            if (Boolean.TRUE.equals(followed)) {
                level = "100%";
                percent = BigDecimal.valueOf(100);
                e.step("Within the 100% band and followed by social services: 100% grant.");
            } else if (followed == null) {
                e.step("Within the 100% band: 100% if the child is followed by social services (not given: "
                        + "household.followedBySocialServices); 70% otherwise.");
            } else {
                e.step("Within the 100% band, but the 100% grant requires the child to be followed by social services: 70%.");
            }
        }
        return e.result(true, null, level, percent);
    }
}
