package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What every aid's rules read from a household on its date: who is an adult or a minor, the income. Immutable. */
final class Facts {

    static final int ADULT_AGE = 18;

    final Household household;
    final LocalDate date;
    final Household.Member reference;
    final int adults;
    final int minors;
    final int size;
    /** The household's annual net income, or null when someone's is not known. */
    final BigDecimal annualIncome;
    /** Fields naming the incomes not known. */
    final List<String> missingIncome;

    Facts(Household h) {
        this.household = h;
        this.date = h.date();
        this.reference = h.members().stream().filter(m -> m.role() == Household.Role.REFERENCE).findFirst().orElseThrow();
        int a = 0;
        BigDecimal income = BigDecimal.ZERO;
        List<String> unknown = new ArrayList<>();
        for (Household.Member m : h.members()) {
            if (m.age(date) >= ADULT_AGE) {
                a++;
            }
            if (m.annualNetIncome() == null) {
                unknown.add(field(m, "annualNetIncome"));
            } else {
                income = income.add(m.annualNetIncome());
            }
        }
        this.adults = a;
        this.size = h.members().size();
        this.minors = size - a;
        this.missingIncome = List.copyOf(unknown);
        this.annualIncome = unknown.isEmpty() ? income : null;
    }

    /** A household field's path as the file names it ({@code household.constitutedMonths}), for "missing" lists. */
    static String household(String name) {
        return "household." + name;
    }

    static String field(Household.Member m, String name) {
        return "members[" + m.id() + "]." + name;
    }

    /** "2 adults + 1 minor", in the reader's language. */
    Step composition() {
        return Step.of("aid.step.composition", adults, minors);
    }

    /** One adult with sole custody of the minors (a single-parent household). */
    boolean singleParent() {
        return adults == 1 && minors > 0 && household.members().stream()
                .anyMatch(m -> m.age(date) >= ADULT_AGE && Boolean.TRUE.equals(m.singleParentWithCustody()));
    }

    boolean anyone(java.util.function.Predicate<Household.Member> p) {
        return household.members().stream().anyMatch(p);
    }

    /** The entry of a scale by household size (1, 2, ... the last one for any larger household). */
    BigDecimal bySize(List<BigDecimal> scale) {
        return scale.get(Math.min(size, scale.size()) - 1);
    }
}
