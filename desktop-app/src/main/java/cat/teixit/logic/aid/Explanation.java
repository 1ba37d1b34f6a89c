package cat.teixit.logic.aid;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The result of one aid while it is worked out: the steps, the data missing, any requirement that fails. */
final class Explanation {

    private final Aid aid;
    private final RuleSet rules;
    private final List<String> steps = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private boolean fails;

    Explanation(Aid aid, RuleSet rules) {
        this.aid = aid;
        this.rules = rules;
        steps.add("Rules: " + rules.name() + " (in force " + rules.period() + ").");
    }

    void step(String text) {
        steps.add(text);
    }

    /** A requirement that is met or not, said either way. */
    void require(boolean met, String text) {
        steps.add((met ? "Met: " : "Not met: ") + text);
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
            require(true, "the claimant is " + age + ", at least " + min + " (" + r.source("minimumAge") + ").");
        }
        return age >= min;
    }

    /** A requirement of at least {@code need} months of {@code what} (e.g. residence in Spain), on a value maybe unknown. */
    void months(Integer value, int need, String field, String what, String source) {
        if (value == null) {
            missing(field, "at least " + need + " months of " + what + " are required (" + source + ")");
        } else {
            require(value >= need, value + " months of " + what + "; at least " + need + " required (" + source + ").");
        }
    }

    void missing(String field, String why) {
        missing.add(field);
        steps.add("Cannot tell: " + why + " (missing: " + field + ").");
    }

    boolean fails() {
        return fails;
    }

    boolean hasMissing() {
        return !missing.isEmpty();
    }

    /** The result: not eligible when a requirement fails, else cannot tell when data is missing, else {@code eligible}. */
    AidResult result(boolean eligible, BigDecimal monthly, String level, BigDecimal discount) {
        Boolean verdict = fails ? Boolean.FALSE : !missing.isEmpty() ? null : eligible;
        boolean shows = Boolean.TRUE.equals(verdict);
        return new AidResult(aid, verdict, shows ? monthly : null, level, shows ? discount : null, steps,
                fails ? List.of() : List.copyOf(missing), rules.name());
    }

    /** An amount of euros as in the explanation: {@code €1,001.40}; more decimals shown as they are. */
    static String eur(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() <= 2) {
            return Amounts.format(amount.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact(),
                    Language.ENGLISH);
        }
        return "€" + amount.stripTrailingZeros().toPlainString();
    }

    /** A plain number (a coefficient, a percentage) without trailing zeros. */
    static String num(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
