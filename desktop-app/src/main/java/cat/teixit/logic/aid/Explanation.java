package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of one aid while it is worked out: the steps (message keys and their figures, written in a language only
 * when read: {@link Step}), the data missing, any requirement that fails.
 */
final class Explanation {

    private final Aid aid;
    private final RuleSet rules;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private boolean fails;

    Explanation(Aid aid, RuleSet rules) {
        this.aid = aid;
        this.rules = rules;
        steps.add(Step.of("aid.step.rules", rules.name(), period(rules)));
    }

    /** "from ... to ..." of a rule set. */
    static Step period(RuleSet rules) {
        return Step.of("aid.step.period", rules.from(), rules.to());
    }

    void step(String key, Object... args) {
        steps.add(Step.of(key, args));
    }

    /** A requirement that is met or not, said either way. */
    void require(boolean met, String key, Object... args) {
        steps.add(Step.of(met ? "aid.step.met" : "aid.step.notMet", Step.of(key, args)));
        fails |= !met;
    }

    /**
     * The claimant's age against the rule set's {@code minimumAge}: true (and said) when old enough; otherwise the
     * caller weighs the exceptions.
     */
    boolean oldEnough(Facts f, RuleSet r) {
        int age = f.reference.age(f.date);
        int min = r.integer("minimumAge");
        if (age >= min) {
            require(true, "aid.step.age", age, min, r.source("minimumAge"));
        }
        return age >= min;
    }

    /**
     * A requirement of at least {@code need} months of {@code what} (a phrase such as "of residence in Spain"), on a
     * value maybe unknown.
     */
    void months(Integer value, int need, String field, Step what, Step.Source source) {
        if (value == null) {
            missing(field, Step.of("aid.step.months.missing", need, what, source));
        } else {
            require(value >= need, "aid.step.months", value, what, need, source);
        }
    }

    void missing(String field, Step why) {
        missing.add(field);
        steps.add(Step.of("aid.step.cannotTell", why, new Step.Field(field)));
    }

    boolean fails() {
        return fails;
    }

    boolean hasMissing() {
        return !missing.isEmpty();
    }

    /** The result: not eligible when a requirement fails, else cannot tell when data is missing, else {@code eligible}. */
    AidResult result(boolean eligible, BigDecimal monthly, Step level, BigDecimal discount) {
        Boolean verdict = fails ? Boolean.FALSE : !missing.isEmpty() ? null : eligible;
        boolean shows = Boolean.TRUE.equals(verdict);
        return new AidResult(aid, verdict, shows ? monthly : null, level, shows ? discount : null, steps,
                fails ? List.of() : List.copyOf(missing), rules.name());
    }

    static Step.Money eur(BigDecimal amount) {
        return Step.eur(amount);
    }

    static Step.Decimal num(BigDecimal n) {
        return Step.num(n);
    }
}
