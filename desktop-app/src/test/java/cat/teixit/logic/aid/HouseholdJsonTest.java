package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.settings.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The household file: what it reads, what it refuses and how it says so. */
class HouseholdJsonTest {

    static final String EXAMPLE = """
            {"date": "2025-06-01", "municipality": "Barcelona",
             "household": {"netAssetsExcludingHome": 2000, "constitutedMonths": 12, "largeFamily": false,
               "followedBySocialServices": false, "electricityRegulatedTariff": true},
             "members": [{"id": "a", "birthDate": "1985-03-02", "role": "reference", "disabilityPercent": 0,
               "dependencyGrade": 0, "annualNetIncome": 3600.10, "incomeKind": "work", "monthsResidentSpain": 60,
               "monthsResidentCatalonia": 60, "singleParentWithCustody": false, "genderViolenceVictim": false,
               "careLeaver": false}]}
            """;

    @Test
    void theDocumentedExampleIsReadExactly() {
        Household h = HouseholdJson.read(EXAMPLE, null, LocalDate.parse("2000-01-01"));
        assertThat(h.date()).isEqualTo(LocalDate.parse("2025-06-01"));
        assertThat(h.members().getFirst().annualNetIncome()).isEqualByComparingTo("3600.10");
        assertThat(h.members().getFirst().role()).isEqualTo(Household.Role.REFERENCE);
        assertThat(h.constitutedMonths()).isEqualTo(12);
        assertThat(h.independentLivingMonths()).isNull();
        assertThat(HouseholdJson.read(EXAMPLE, LocalDate.parse("2024-02-02"), LocalDate.parse("2000-01-01")).date())
                .isEqualTo(LocalDate.parse("2024-02-02"));
        assertThat(HouseholdJson.read(EXAMPLE.replace("\"date\": \"2025-06-01\",", ""), null, LocalDate.parse("2025-09-09"))
                .date()).isEqualTo(LocalDate.parse("2025-09-09"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no members|\"members\": [{\"id\": \"a\"|\"members\": [], \"x\": [{\"id\": \"a\"|Unknown field x",
        "negative income|3600.10|-1|member a: the annual net income cannot be negative.",
        "born after the date|1985-03-02|2025-06-02|member a: the birth date 2025-06-02 is after the date of the simulation 2025-06-01.",
        "a child as the only adult|1985-03-02|2015-03-02|member a: the reference person is a minor; a child cannot be the only adult of a household.",
        "no reference|\"reference\"|\"child\"|The household has no reference person (role reference).",
        "unknown role|\"reference\"|\"boss\"|members[0].role must be one of reference, partner, child, other, not boss.",
        "unknown field|\"careLeaver\"|\"careleaver\"|Unknown field members[0].careleaver",
        "text for a number|3600.10|\"3600\"|members[0].annualNetIncome must be a number of euros.",
        "three decimals|3600.10|3600.101|members[0].annualNetIncome has more than two decimals.",
        "bad date|1985-03-02|1985-02-30|members[0].birthDate must be a date as YYYY-MM-DD, not 1985-02-30.",
        "disability over 100|\"disabilityPercent\": 0|\"disabilityPercent\": 101|member a: the disability percentage must be between 0 and 100.",
        "fractional months|\"constitutedMonths\": 12|\"constitutedMonths\": 1.5|household.constitutedMonths must be a whole number.",
        "not JSON|\"date\"|date|The file is not valid JSON (line 1)."})
    void anImpossibleHouseholdIsRefusedWithAMessageNamingTheField(String name, String from, String to, String message) {
        assertThatThrownBy(() -> HouseholdJson.read(EXAMPLE.replace(from, to), null, LocalDate.parse("2025-06-01")))
                .isInstanceOf(InvalidHouseholdException.class).message().startsWith(message);
    }

    @Test
    void noMembersAtAllIsRefused() {
        assertThatThrownBy(() -> HouseholdJson.read("{\"members\": []}", null, LocalDate.parse("2025-06-01")))
                .hasMessage("The household has no members.");
        assertThatThrownBy(() -> HouseholdJson.read("{}", null, LocalDate.parse("2025-06-01")))
                .hasMessage("\"members\" must be a list of the household's members.");
        assertThatThrownBy(() -> HouseholdJson.read("[1]", null, LocalDate.parse("2025-06-01")))
                .isInstanceOf(InvalidHouseholdException.class);
    }

    @Test
    void theResultsAreWrittenWithTheDocumentedFields() throws Exception {
        Household h = HouseholdJson.read(EXAMPLE, null, LocalDate.parse("2025-06-01"));
        String json = HouseholdJson.write(h.date(), AidFiguresTest.SIMULATOR.simulate(h), Language.ENGLISH);
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("results")).hasSize(Aid.values().length);
        var imv = tree.get("results").get(0);
        assertThat(imv.get("aid").asText()).isEqualTo("IMV");
        assertThat(imv.get("eligible").asBoolean()).isTrue();
        assertThat(imv.get("monthlyAmount").decimalValue()).isEqualByComparingTo("358.80"); // 658.81 − 300.0083
        assertThat(imv.get("steps").size()).isGreaterThan(5);
        var bono = tree.get("results").get(3);
        assertThat(bono.get("aid").asText()).isEqualTo("BONO_SOCIAL_ELECTRICO");
        assertThat(bono.get("level").asText()).isEqualTo("SEVERELY_VULNERABLE");
        assertThat(bono.get("discountPercent").decimalValue()).isEqualByComparingTo("65");
        assertThat(bono.get("monthlyAmount").isNull()).isTrue();
    }
}
