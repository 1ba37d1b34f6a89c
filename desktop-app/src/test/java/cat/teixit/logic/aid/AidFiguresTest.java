package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every figure of the official rules (docs/aids.md, from the legal texts), reproduced through the simulator. */
class AidFiguresTest {

    static final AidSimulator SIMULATOR = new AidSimulator(RuleBook.bundled());

    static AidResult result(Household h, Aid aid) {
        return SIMULATOR.simulate(h).stream().filter(r -> r.aid() == aid).findFirst().orElseThrow();
    }

    static AidResult imv(Households h) {
        return result(h.build(), Aid.IMV);
    }

    private static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    // --- IMV ---

    @ParameterizedTest(name = "{0}: individual RG {1}")
    @CsvSource({"2024-06-01, 604.21", "2025-06-01, 658.81", "2026-06-01, 733.60"})
    void theIndividualGuaranteedIncomeIsTheNonContributoryPensionOverTwelveTruncated(String date, String rg) {
        AidResult r = imv(Households.on(date).adult(40));
        assertThat(r.eligible()).isTrue();
        assertThat(r.monthlyAmount()).isEqualByComparingTo(rg);
    }

    @ParameterizedTest(name = "2025, {0} adults + {1} minors, single parent {2}: {3}")
    @CsvSource({
        "1, 0, false, 658.81, 1", "1, 1, true, 1001.40, 1.52", "1, 2, true, 1199.04, 1.82", "1, 4, true, 1594.33, 2.42",
        "2, 0, false, 856.46, 1.3", "2, 1, false, 1054.10, 1.6", "2, 2, false, 1251.75, 1.9", "2, 3, false, 1449.39, 2.2",
        "2, 5, false, 1449.39, 2.2", "3, 0, false, 1054.10, 1.6", "4, 0, false, 1251.75, 1.9", "1, 1, false, 856.46, 1.3",
        "1, 2, false, 1054.10, 1.6", "3, 1, false, 1251.75, 1.9"})
    void the2025GuaranteedIncomeOfEachHouseholdIsPublishedTruncated(int adults, int minors, boolean single, String rg,
            String coefficient) {
        Households h = Households.on("2025-06-01");
        for (int i = 0; i < adults; i++) {
            h.adult(40 + i);
        }
        for (int i = 0; i < minors; i++) {
            h.child(2 + i);
        }
        if (single) {
            h.singleParent();
        }
        AidResult r = imv(h);
        assertThat(r.eligible()).isTrue();
        assertThat(r.monthlyAmount()).isEqualByComparingTo(rg);
        assertThat(r.level(Language.ENGLISH)).endsWith("coefficient " + coefficient);
    }

    @Test
    void theDisabilityComplementAloneIs14493AndAddsToTheCoefficient() {
        AidResult r = imv(Households.on("2025-06-01").adult(50).change(0,
                m -> Households.with(m, 65, BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120)));
        assertThat(r.monthlyAmount()).isEqualByComparingTo("803.75"); // 7,905.80 × 1.22 ÷ 12 = 803.7563
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.contains("€144.93"));
        AidResult below = imv(Households.on("2025-06-01").adult(50).change(0,
                m -> Households.with(m, 64, BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120)));
        assertThat(below.monthlyAmount()).isEqualByComparingTo("658.81");
        AidResult member = imv(Households.on("2025-06-01").adult(50).adult(48).change(1,
                m -> Households.with(m, 70, BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120)));
        assertThat(member.monthlyAmount()).isEqualByComparingTo("1001.40"); // 1.3 + 0.22 = 1.52
    }

    @Test
    void theAmountIsTheGuaranteedIncomeMinusTheMonthlyIncomeTruncatedAndAtLeastTenEuros() {
        assertThat(imv(Households.on("2025-06-01").adult(40, "3600")).monthlyAmount()).isEqualByComparingTo("358.81");
        assertThat(imv(Households.on("2025-06-01").adult(40, "1000")).monthlyAmount())
                .isEqualByComparingTo("575.47"); // 658.81 − 83.3333 = 575.4767, truncated
        AidResult ten = imv(Households.on("2025-06-01").adult(40, "7785.72"));
        assertThat(ten.eligible()).isTrue();
        assertThat(ten.monthlyAmount()).isEqualByComparingTo("10.00");
        AidResult under = imv(Households.on("2025-06-01").adult(40, "7785.84"));
        assertThat(under.eligible()).isFalse();
        assertThat(under.monthlyAmount()).isNull();
        assertThat(under.steps(Language.ENGLISH)).anyMatch(s -> s.startsWith("Not met: IMV = RG €658.81 − income €648.82 = €9.99"));
    }

    @Test
    void pensionsCountInFullAsIncome() {
        AidResult r = imv(Households.on("2025-06-01").adult(70).change(0,
                m -> Households.with(m, 0, new BigDecimal("6000"), Household.IncomeKind.PENSION, 600, 600)));
        assertThat(r.monthlyAmount()).isEqualByComparingTo("158.81");
    }

    @Test
    void netAssetsMustBeBelowThreeTimesTheAnnualAmountScaledByTheHousehold() {
        Households one = Households.on("2025-06-01").adult(40);
        one.assets = eur("23717.39");
        assertThat(imv(one).eligible()).isTrue();
        one.assets = eur("23717.40");
        AidResult r = imv(one);
        assertThat(r.eligible()).isFalse();
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.startsWith("Not met: net assets") && s.contains("€23,717.40"))
                .anyMatch(s -> s.contains("€47,434.80"));
        Households two = Households.on("2025-06-01").adult(40).adult(40);
        two.assets = eur("33204.35");
        assertThat(imv(two).eligible()).isTrue();
        two.assets = eur("33204.36"); // 23,717.40 × 1.4
        assertThat(imv(two).eligible()).isFalse();
        Households five = Households.on("2025-06-01").adult(40).adult(40).child(1).child(2).child(3);
        five.assets = eur("61665.23"); // 23,717.40 × 2.6 = 61,665.24
        assertThat(imv(five).eligible()).isTrue();
        five.assets = eur("61665.24");
        assertThat(imv(five).eligible()).isFalse();
    }

    @Test
    void theClaimantIsAtLeast23ExceptWithChildrenAsACareLeaverOrAVictimAndHasNoUpperAge() {
        assertThat(imv(Households.on("2025-06-01").adult(22)).eligible()).isFalse();
        assertThat(imv(Households.on("2025-06-01").adult(23)).eligible()).isTrue();
        assertThat(imv(Households.on("2025-06-01").adult(90)).eligible()).isTrue();
        assertThat(imv(Households.on("2025-06-01").adult(20).child(1)).eligible()).isTrue();
        UnaryOperator<Household.Member> careLeaver = m -> new Household.Member(m.id(), m.birthDate(), m.role(), 0, 0,
                BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120, false, false, true);
        assertThat(imv(Households.on("2025-06-01").adult(19).change(0, careLeaver)).eligible()).isTrue();
        UnaryOperator<Household.Member> victim = m -> new Household.Member(m.id(), m.birthDate(), m.role(), 0, 0,
                BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 120, false, true, false);
        assertThat(imv(Households.on("2025-06-01").adult(21).change(0, victim)).eligible()).isTrue();
    }

    @Test
    void residenceConstitutionAndIndependentLivingAreRequiredAndNamedWhenUnknown() {
        assertThat(imv(Households.on("2025-06-01").adult(40).change(0,
                m -> Households.with(m, 0, BigDecimal.ZERO, Household.IncomeKind.NONE, 11, 11))).eligible()).isFalse();
        Households couple = Households.on("2025-06-01").adult(40).adult(40);
        couple.constituted = 5;
        assertThat(imv(couple).eligible()).isFalse();
        couple.constituted = 6;
        assertThat(imv(couple).eligible()).isTrue();
        couple.constituted = null;
        AidResult unknown = imv(couple);
        assertThat(unknown.eligible()).isNull();
        assertThat(unknown.missing()).containsExactly("household.constitutedMonths");
        Households young = Households.on("2025-06-01").adult(25);
        young.independent = null;
        assertThat(imv(young).missing()).containsExactly("household.independentLivingMonths");
        young.independent = 23;
        assertThat(imv(young).eligible()).isFalse();
        young.independent = 24;
        assertThat(imv(young).eligible()).isTrue();
        assertThat(imv(Households.on("2025-06-01").adult(40).change(0,
                m -> Households.with(m, 0, null, null, null, 120))).missing())
                .containsExactly("members[m0].monthsResidentSpain", "members[m0].annualNetIncome");
    }

    @Test
    void theExplanationSaysWhatIsLeftOutAndEachFigureWithItsSource() {
        AidResult r = imv(Households.on("2025-06-01").adult(40));
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.contains("earned-income incentive") && s.contains("unverified"))
                .anyMatch(s -> s.contains("€7,905.80 ÷ 12 = €658.8167, truncated to €658.81")
                        && s.contains("BOE-A-2025-1560"))
                .anyMatch(s -> s.contains("Anexo I"));
        assertThat(r.ruleSet()).isEqualTo("imv-2025.properties");
    }

    // --- CAPI ---

    @Test
    void theChildSupplementIsPerMinorByAgeOnTheFirstOfJanuary() {
        // On 2025-06-01: the first child was 2 on 1 January (115), the second 5 (80.50), the third 17 (57.50).
        Households h = Households.on("2025-06-01").adult(40).adult(40).child(3).child(5).child(17);
        h.members.set(2, new Household.Member("m2", java.time.LocalDate.parse("2022-03-01"), Household.Role.CHILD, 0, 0,
                BigDecimal.ZERO, Household.IncomeKind.NONE, 40, 40, false, false, false));
        AidResult r = result(h.build(), Aid.IMV_CAPI);
        assertThat(r.eligible()).isTrue();
        assertThat(r.monthlyAmount()).isEqualByComparingTo("253.00"); // 115 + 80.50 + 57.50
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.contains("unverified") && s.contains("fixed"))
                .anyMatch(s -> s.contains("BOE-A-2022-22685"));
        assertThat(result(Households.on("2024-02-01").adult(40).child(4).build(), Aid.IMV_CAPI).monthlyAmount())
                .isEqualByComparingTo("80.50");
    }

    @Test
    void theChildSupplementNeedsMinorsIncomeBelowThreeTimesTheThresholdAndAssetsBelow150Percent() {
        assertThat(result(Households.on("2025-06-01").adult(40).build(), Aid.IMV_CAPI).eligible()).isFalse();
        // 2 adults + 1 minor: 3 × 7,905.80 × 1.6 = 37,947.84 a year
        assertThat(result(Households.on("2025-06-01").adult(40, "37947.83").adult(40).child(8).build(), Aid.IMV_CAPI)
                .eligible()).isTrue();
        assertThat(result(Households.on("2025-06-01").adult(40, "37947.84").adult(40).child(8).build(), Aid.IMV_CAPI)
                .eligible()).isFalse();
        // assets: 1.5 × 3 × 7,905.80 × 1.8 = 64,036.98
        Households h = Households.on("2025-06-01").adult(40).adult(40).child(8);
        h.assets = eur("64036.97");
        assertThat(result(h.build(), Aid.IMV_CAPI).eligible()).isTrue();
        h.assets = eur("64036.98");
        assertThat(result(h.build(), Aid.IMV_CAPI).eligible()).isFalse();
        assertThat(result(h.build(), Aid.IMV).eligible()).isFalse();
    }

    // --- RGC ---

    @ParameterizedTest(name = "{0}, {1} members: {2}")
    @CsvSource({"2024-06-01, 1, 755.82", "2024-06-01, 2, 1133.73", "2024-06-01, 3, 1247.10", "2024-06-01, 4, 1360.47",
        "2024-06-01, 5, 1375.59", "2024-06-01, 7, 1375.59", "2025-06-01, 1, 778.49", "2025-06-01, 2, 1167.74",
        "2025-06-01, 3, 1284.51", "2025-06-01, 4, 1401.29", "2025-06-01, 5, 1416.86", "2026-06-01, 1, 801.85"})
    void theRgcIsAPercentageOfTheIrscBySize(String date, int size, String amount) {
        // Adults whose household is too recent for the IMV: the RGC (which does not ask that) is then the whole amount.
        Households h = Households.on(date);
        for (int i = 0; i < size; i++) {
            h.adult(25 + i);
        }
        h.constituted = 1;
        h.independent = 0;
        AidResult r = result(h.build(), Aid.RGC);
        assertThat(r.eligible()).isTrue();
        assertThat(r.monthlyAmount()).isEqualByComparingTo(amount);
    }

    @Test
    void theIrscAndTheMinimumPaymentOfEachYear() {
        RuleBook book = RuleBook.bundled();
        assertThat(book.select(Aid.RGC, java.time.LocalDate.parse("2024-03-01")).orElseThrow().number("irscAnnual"))
                .isEqualByComparingTo("9069.83");
        RuleSet r2025 = book.select(Aid.RGC, java.time.LocalDate.parse("2025-03-01")).orElseThrow();
        assertThat(r2025.number("irscAnnual")).isEqualByComparingTo("9341.92");
        assertThat(r2025.source("irscAnnual").unverified()).isTrue();
        assertThat(RgcRules.monthly(r2025.number("irscAnnual"), r2025.number("minimumPercent")))
                .isEqualByComparingTo("77.85");
        assertThat(book.select(Aid.RGC, java.time.LocalDate.parse("2026-03-01")).orElseThrow().number("irscAnnual"))
                .isEqualByComparingTo("9622.18");
    }

    @Test
    void theRgcTopsUpTheImvAndIsNotPaidBelowTheMinimum() {
        // One adult, 2025: IMV 658.81, RGC 778.49 − 658.81 = 119.68.
        AidResult r = result(Households.on("2025-06-01").adult(40).build(), Aid.RGC);
        assertThat(r.monthlyAmount()).isEqualByComparingTo("119.68");
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.contains("IMV €658.81")).anyMatch(s -> s.contains("CAPI") && s.contains("unverified"));
        // Two adults, 2025: RGC 1,167.74 − IMV 856.46 = 311.28.
        assertThat(result(Households.on("2025-06-01").adult(40).adult(40).build(), Aid.RGC).monthlyAmount())
                .isEqualByComparingTo("311.28");
        // Without the IMV (25, living alone for a year only): 778.49 − 700.64 = 77.85 is paid, 778.49 − 700.65 is not.
        Households h = Households.on("2025-06-01").adult(25);
        h.independent = 12;
        h.change(0, m -> Households.with(m, 0, new BigDecimal("8407.68"), Household.IncomeKind.NONE, 120, 120));
        AidResult paid = result(h.build(), Aid.RGC);
        assertThat(paid.monthlyAmount()).isEqualByComparingTo("77.85");
        h.change(0, m -> Households.with(m, 0, new BigDecimal("8407.80"), Household.IncomeKind.NONE, 120, 120));
        AidResult cut = result(h.build(), Aid.RGC);
        assertThat(cut.eligible()).isFalse();
        assertThat(cut.steps(Language.ENGLISH)).anyMatch(s -> s.contains("€77.84") && s.contains("€77.85") && s.contains("cut-off"));
    }

    @Test
    void pensionsAndUnemploymentBenefitsExcludeAndWorkIncomeOnlyInSingleParentFamilies() {
        assertThat(result(Households.on("2025-06-01").adult(70).change(0,
                m -> Households.with(m, 0, new BigDecimal("1200"), Household.IncomeKind.PENSION, 600, 600)).build(),
                Aid.RGC).eligible()).isFalse();
        assertThat(result(Households.on("2025-06-01").adult(40, "1200").build(), Aid.RGC).eligible()).isFalse();
        assertThat(result(Households.on("2025-06-01").adult(40, "1200").child(5).singleParent().build(), Aid.RGC)
                .eligible()).isTrue();
        assertThat(result(Households.on("2025-06-01").adult(40).change(0,
                m -> Households.with(m, 0, BigDecimal.ZERO, Household.IncomeKind.NONE, 120, 23)).build(), Aid.RGC)
                .eligible()).isFalse();
    }

    // --- Bono social eléctrico ---

    static Households bonoHousehold(int adults, int minors, boolean single) {
        Households h = Households.on("2025-03-01");
        for (int i = 0; i < adults; i++) {
            h.adult(40);
        }
        for (int i = 0; i < minors; i++) {
            h.child(5 + i);
        }
        if (single) {
            h.singleParent();
        }
        h.assets = eur("1000000"); // no IMV, so that only the income decides
        return h;
    }

    static AidResult bono(Households h, String income) {
        h.change(0, m -> Households.with(m, m.disabilityPercent(), new BigDecimal(income), Household.IncomeKind.WORK, 120, 120));
        return result(h.build(), Aid.BONO_SOCIAL_ELECTRICO);
    }

    @ParameterizedTest(name = "{0} adults + {1} minors: vulnerable up to {3}, severely up to {4}")
    @CsvSource({"1, 0, false, 12600, 6300", "2, 0, false, 15120, 7560", "2, 1, false, 19320, 9660",
        "2, 2, false, 23520, 11760", "1, 2, true, 29400, 14700"})
    void theElectricityThresholdsOf2025(int adults, int minors, boolean single, String vulnerable, String severe) {
        assertThat(bono(bonoHousehold(adults, minors, single), severe).level(Language.ENGLISH)).isEqualTo("SEVERELY_VULNERABLE");
        AidResult v = bono(bonoHousehold(adults, minors, single), new BigDecimal(severe).add(new BigDecimal("0.01")).toPlainString());
        assertThat(v.level(Language.ENGLISH)).isEqualTo("VULNERABLE");
        assertThat(v.discountPercent()).isEqualByComparingTo("50");
        assertThat(bono(bonoHousehold(adults, minors, single), vulnerable).level(Language.ENGLISH)).isEqualTo("VULNERABLE");
        AidResult above = bono(bonoHousehold(adults, minors, single), new BigDecimal(vulnerable).add(new BigDecimal("0.01"))
                .toPlainString());
        assertThat(above.eligible()).isFalse();
        assertThat(above.discountPercent()).isNull();
    }

    @Test
    void specialCircumstancesAddOneToTheMultiplier() {
        Households h = bonoHousehold(1, 0, false);
        h.change(0, m -> Households.with(m, 33, m.annualNetIncome(), m.incomeKind(), 120, 120));
        assertThat(bono(h, "21000").level(Language.ENGLISH)).isEqualTo("VULNERABLE"); // 8,400 × 2.5
        assertThat(bono(h, "21000.01").eligible()).isFalse();
    }

    @Test
    void largeFamiliesAndImvBeneficiariesAreVulnerableRegardlessOfIncome() {
        Households large = bonoHousehold(2, 3, false);
        large.largeFamily = true;
        assertThat(bono(large, "90000").level(Language.ENGLISH)).isEqualTo("VULNERABLE");
        assertThat(bono(large, "16800").level(Language.ENGLISH)).isEqualTo("SEVERELY_VULNERABLE"); // 2 × IPREM
        Households imv = Households.on("2025-03-01").adult(40, "5000").adult(40);
        // An IMV household's income is always below the electricity limits (the IMV's top is 2.42 × 7,905.80 a year):
        // income 5,000 is within 50% of 15,120.
        assertThat(result(imv.build(), Aid.IMV).eligible()).isTrue();
        assertThat(result(imv.build(), Aid.BONO_SOCIAL_ELECTRICO).level(Language.ENGLISH)).isEqualTo("SEVERELY_VULNERABLE");
        Households noTariff = Households.on("2025-03-01").adult(40);
        noTariff.regulated = false;
        assertThat(result(noTariff.build(), Aid.BONO_SOCIAL_ELECTRICO).eligible()).isFalse();
        noTariff.regulated = null;
        assertThat(result(noTariff.build(), Aid.BONO_SOCIAL_ELECTRICO).missing())
                .containsExactly("household.electricityRegulatedTariff");
    }

    @ParameterizedTest(name = "{0}: {1}% / {2}%")
    @CsvSource({"2024-01-01, 65, 80", "2024-09-30, 65, 80", "2024-10-01, 57.5, 72.5", "2024-12-31, 57.5, 72.5",
        "2025-01-01, 50, 65", "2025-06-30, 50, 65", "2025-07-01, 42.5, 57.5", "2025-12-31, 42.5, 57.5",
        "2026-05-01, 42.5, 57.5"})
    void theDiscountInForceOnTheDate(String date, String vulnerable, String severe) {
        Households h = Households.on(date).adult(40, "10000");
        h.assets = eur("1000000");
        AidResult v = result(h.build(), Aid.BONO_SOCIAL_ELECTRICO);
        assertThat(v.discountPercent()).isEqualByComparingTo(vulnerable);
        Households s = Households.on(date).adult(40, "6000");
        s.assets = eur("1000000");
        AidResult sv = result(s.build(), Aid.BONO_SOCIAL_ELECTRICO);
        assertThat(sv.level(Language.ENGLISH)).isEqualTo("SEVERELY_VULNERABLE");
        assertThat(sv.discountPercent()).isEqualByComparingTo(severe);
        assertThat(sv.steps(Language.ENGLISH).stream().anyMatch(x -> x.contains("unverified"))).isEqualTo(date.startsWith("2026"));
    }

    // --- Barcelona school canteen ---

    static AidResult canteen(Households h, String income) {
        h.change(0, m -> Households.with(m, 0, new BigDecimal(income), Household.IncomeKind.WORK, 120, 120));
        return result(h.build(), Aid.MENJADOR_BCN);
    }

    @Test
    void theCanteenBandsAddUpAnAmountPerMember() {
        // 2023-24, 2 adults + 2 children: 70%: 11,365.60 + 5,682.80 + 2 × 3,409.70 = 23,867.80;
        // 100%: 6,819.36 + 3,409.68 + 2 × 2,045.82 = 14,320.68.
        Households h = Households.on("2024-03-01").adult(40).adult(40).child(6).child(9);
        h.followed = true;
        assertThat(canteen(h, "14320.68").level(Language.ENGLISH)).isEqualTo("100%");
        assertThat(canteen(h, "14320.68").discountPercent()).isEqualByComparingTo("100");
        assertThat(canteen(h, "14320.69").level(Language.ENGLISH)).isEqualTo("70%");
        assertThat(canteen(h, "23867.80").discountPercent()).isEqualByComparingTo("70");
        assertThat(canteen(h, "23867.81").eligible()).isFalse();
        h.followed = false;
        assertThat(canteen(h, "1000").level(Language.ENGLISH)).isEqualTo("70%");
        // 1 adult + 1 child: 14,775.30 and 8,865.18
        Households one = Households.on("2024-03-01").adult(40).child(7);
        assertThat(canteen(one, "14775.30").eligible()).isTrue();
        assertThat(canteen(one, "14775.31").eligible()).isFalse();
        one.followed = true;
        assertThat(canteen(one, "8865.18").level(Language.ENGLISH)).isEqualTo("100%");
        AidResult verified = canteen(one, "8865.18");
        assertThat(verified.steps(Language.ENGLISH)).noneMatch(s -> s.contains("unverified"));
    }

    @Test
    void theCanteenGrantsAreBarcelonasForSchoolChildrenAndLaterYearsAreUnverified() {
        Households h = Households.on("2025-10-01").adult(40).child(7);
        AidResult r = canteen(h, "1000");
        assertThat(r.eligible()).isTrue();
        assertThat(r.ruleSet()).isEqualTo("menjador-bcn-2025-26.properties");
        assertThat(r.steps(Language.ENGLISH)).anyMatch(s -> s.contains("unverified"));
        h.municipality = "Girona";
        assertThat(canteen(h, "1000").eligible()).isFalse();
        h.municipality = null;
        assertThat(canteen(h, "1000").missing()).containsExactly("municipality");
        assertThat(canteen(Households.on("2025-10-01").adult(40).child(1), "1000").eligible()).isFalse();
    }

    @Test
    void everyResultExplainsItself() {
        List<AidResult> all = SIMULATOR.simulate(Households.on("2025-06-01").adult(40).child(4).singleParent().build());
        assertThat(all).extracting(AidResult::aid).containsExactly(Aid.values());
        assertThat(all).allSatisfy(r -> assertThat(r.steps(Language.ENGLISH)).hasSizeGreaterThan(2).first().asString().startsWith("Rules: "));
    }
}
