package cat.teixit.gui.aid;

import cat.teixit.gui.common.I18n;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.common.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the household typed on the aid simulator; the first field that cannot be read is named on the ViewModel. */
final class HouseholdReader {

    private HouseholdReader() {
    }

    static Optional<Household> read(AidSimulatorViewModel vm, I18n i18n) {
        if (vm.date.get() == null) {
            return vm.fail("aid.error.date");
        }
        if (vm.members.isEmpty()) {
            return vm.fail("aid.error.noMembers");
        }
        Optional<Long> assetCents = Amounts.parse(vm.assets.get());
        if (assetCents.isEmpty()) {
            return vm.fail("aid.error.assets");
        }
        Integer constituted;
        try {
            constituted = months(vm.constitutedMonths.get());
        } catch (NumberFormatException e) {
            return vm.fail("aid.error.months", i18n.t("aid.constituted"));
        }
        List<Household.Member> list = new ArrayList<>();
        int n = 0;
        for (AidSimulatorViewModel.MemberRow r : vm.members) {
            n++;
            String who = r.name.get() == null || r.name.get().isBlank() ? i18n.t("aid.member.n", n) : r.name.get().strip();
            if (r.birthDate.get() == null) {
                return vm.fail("aid.error.birthDate", who);
            }
            if (r.birthDate.get().isAfter(vm.date.get())) {
                return vm.fail("aid.error.birthAfter", who);
            }
            Optional<Long> income = Amounts.parse(r.income.get());
            if (income.isEmpty()) {
                return vm.fail("aid.error.income", who);
            }
            Integer disability;
            Integer spain;
            Integer catalonia;
            try {
                disability = months(r.disability.get());
                spain = months(r.monthsSpain.get());
                catalonia = months(r.monthsCatalonia.get());
            } catch (NumberFormatException e) {
                return vm.fail("aid.error.memberNumber", who);
            }
            if (disability != null && disability > 100) {
                return vm.fail("aid.error.memberNumber", who);
            }
            String id = list.stream().anyMatch(o -> o.id().equals(who)) ? who + " (" + n + ")" : who;
            list.add(new Household.Member(id, r.birthDate.get(), r.role.get(), disability, 0,
                    BigDecimal.valueOf(income.get(), 2), r.incomeKind.get(), spain, catalonia, r.singleParent.get(),
                    r.victim.get(), false));
        }
        long references = list.stream().filter(m -> m.role() == Household.Role.REFERENCE).count();
        if (references != 1) {
            return vm.fail("aid.error.reference");
        }
        Household.Member ref = list.stream().filter(m -> m.role() == Household.Role.REFERENCE).findFirst().orElseThrow();
        if (ref.age(vm.date.get()) < 18) {
            return vm.fail("aid.error.referenceMinor");
        }
        String municipality = vm.municipality.get() == null || vm.municipality.get().isBlank() ? null
                : vm.municipality.get().strip();
        return Optional.of(new Household(vm.date.get(), municipality, BigDecimal.valueOf(assetCents.get(), 2),
                constituted, null, vm.largeFamily.get(), vm.followed.get(), vm.regulatedTariff.get(), false, false,
                list));
    }

    /** A whole number of months (or percent) typed, null when blank; {@link NumberFormatException} when not one. */
    private static Integer months(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        int v = Integer.parseInt(typed.strip());
        if (v < 0 || v > 1500) {
            throw new NumberFormatException("out of range");
        }
        return v;
    }
}
