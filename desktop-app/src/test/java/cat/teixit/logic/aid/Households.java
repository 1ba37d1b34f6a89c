package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Households for the simulator's tests: everything known and favourable unless a test says otherwise. */
final class Households {

    LocalDate date;
    String municipality = "Barcelona";
    BigDecimal assets = BigDecimal.ZERO;
    Integer constituted = 12;
    Integer independent = 36;
    Boolean largeFamily = false;
    Boolean followed = false;
    Boolean regulated = true;
    final List<Household.Member> members = new ArrayList<>();

    private Households(LocalDate date) {
        this.date = date;
    }

    static Households on(String date) {
        return new Households(LocalDate.parse(date));
    }

    /** An adult of {@code age} with no income, resident for years; the first one added is the reference person. */
    Households adult(int age) {
        return adult(age, "0");
    }

    Households adult(int age, String income) {
        return member(new Household.Member("m" + members.size(), date.minusYears(age).minusDays(1),
                members.isEmpty() ? Household.Role.REFERENCE : Household.Role.PARTNER, 0, 0, new BigDecimal(income),
                new BigDecimal(income).signum() > 0 ? Household.IncomeKind.WORK : Household.IncomeKind.NONE, 120, 120,
                false, false, false));
    }

    /** A minor of {@code age} on the date, with no income. */
    Households child(int age) {
        return member(new Household.Member("m" + members.size(), date.minusYears(age).minusDays(1), Household.Role.CHILD,
                0, 0, BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120, false, false, false));
    }

    /** The reference person has sole custody of the minors. */
    Households singleParent() {
        return change(0, m -> new Household.Member(m.id(), m.birthDate(), m.role(), m.disabilityPercent(),
                m.dependencyGrade(), m.annualNetIncome(), m.incomeKind(), m.monthsResidentSpain(),
                m.monthsResidentCatalonia(), true, m.genderViolenceVictim(), m.careLeaver()));
    }

    Households member(Household.Member m) {
        members.add(m);
        return this;
    }

    Households change(int index, java.util.function.UnaryOperator<Household.Member> f) {
        members.set(index, f.apply(members.get(index)));
        return this;
    }

    Household build() {
        return new Household(date, municipality, assets, constituted, independent, largeFamily, followed, regulated, false,
                false, members);
    }

    static Household.Member with(Household.Member m, Integer disability, BigDecimal income, Household.IncomeKind kind,
            Integer spain, Integer catalonia) {
        return new Household.Member(m.id(), m.birthDate(), m.role(), disability, m.dependencyGrade(), income, kind, spain,
                catalonia, m.singleParentWithCustody(), m.genderViolenceVictim(), m.careLeaver());
    }
}
