package cat.teixit.logic.aid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aid simulator: every aid assessed for one household on its date, with the rule sets in force on that date.
 * Pure (no store, no clock): the same household gives the same answer. Thread-safe.
 */
public final class AidSimulator {

    private final java.util.function.Supplier<RuleBook> rules;
    private final Map<Aid, AidRules> byAid = new EnumMap<>(Aid.class);

    public AidSimulator(RuleBook rules) {
        this(() -> rules);
    }

    /** A simulator that asks {@code rules} for the rule sets at each simulation (the council's may change by a sync). */
    public AidSimulator(java.util.function.Supplier<RuleBook> rules) {
        this.rules = rules;
        for (Aid a : Aid.values()) {
            byAid.put(a, AidRules.of(a));
        }
    }

    public RuleBook rules() {
        return rules.get();
    }

    /**
     * Every aid for {@code household}, in the order of {@link Aid}.
     *
     * @throws InvalidHouseholdException when the household is impossible (no members, a negative income...)
     */
    public List<AidResult> simulate(Household household) {
        return simulate(household, rules.get());
    }

    /** The same with the rule book {@code book} (a scan of many households reads it once). */
    public List<AidResult> simulate(Household household, RuleBook book) {
        Household.validated(household);
        Facts facts = new Facts(household);
        Map<Aid, AidResult> done = new EnumMap<>(Aid.class);
        List<AidResult> out = new ArrayList<>(Aid.values().length);
        for (Aid aid : Aid.values()) {
            Optional<RuleSet> set = book.select(aid, household.date());
            AidResult r = set.isPresent() ? byAid.get(aid).assess(facts, set.get(), done) : noRules(book, aid, household);
            done.put(aid, r);
            out.add(r);
        }
        return out;
    }

    private static AidResult noRules(RuleBook rules, Aid aid, Household household) {
        List<Step> known = rules.all(aid).stream().map(Explanation::period).toList();
        return new AidResult(aid, null, null, null, null, List.of(Step.of("aid.step.noRules", aid.name(), household.date(),
                known.isEmpty() ? Step.of("aid.step.noRules.none") : known)),
                List.of("rules " + aid + " " + household.date()), null);
    }
}
