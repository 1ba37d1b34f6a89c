package cat.teixit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code teixit aid simulate}: JSON and text output, the date, and exit code 2 with a message for bad input. */
class AidCommandTest {

    static final String HOUSEHOLD = """
            {"date": "2025-06-01", "municipality": "Barcelona",
             "household": {"netAssetsExcludingHome": 2000, "constitutedMonths": 12, "largeFamily": false,
               "followedBySocialServices": true, "electricityRegulatedTariff": true},
             "members": [
               {"id": "a", "birthDate": "1985-03-02", "role": "reference", "annualNetIncome": 3600, "incomeKind": "work",
                "monthsResidentSpain": 60, "monthsResidentCatalonia": 60, "singleParentWithCustody": true},
               {"id": "b", "birthDate": "2016-09-10", "role": "child", "annualNetIncome": 0, "incomeKind": "none"}]}
            """;

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("household.json"), json);
    }

    @Test
    void jsonGivesEveryAidWithItsAmountAndSteps() throws Exception {
        Run r = run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--format", "json", "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
        assertThat(results).hasSize(5);
        // 1 adult + 1 minor, single parent: 7,905.80 × 1.52 ÷ 12 = 1,001.40 − 300 = 701.40
        assertThat(results.get(0).get("aid").asText()).isEqualTo("IMV");
        assertThat(results.get(0).get("monthlyAmount").decimalValue()).isEqualByComparingTo("701.40");
        assertThat(results.get(1).get("monthlyAmount").decimalValue()).isEqualByComparingTo("57.50"); // CAPI, 8 on 1 Jan
        assertThat(results.get(2).get("aid").asText()).isEqualTo("RGC");
        assertThat(results.get(2).get("monthlyAmount").decimalValue()).isEqualByComparingTo("166.34"); // 1,167.74 − 300 − 701.40
        assertThat(results.get(3).get("discountPercent").decimalValue()).isEqualByComparingTo("65");
        assertThat(results.get(4).get("level").asText()).isEqualTo("100%");
        assertThat(results.get(0).get("steps").get(0).asText()).isEqualTo("Rules: imv-2025.properties (in force 2025-01-01 to 2025-12-31).");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theDateOptionChoosesTheRuleSetsAndTextIsTheDefault() throws Exception {
        Run r = run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--date", "2024-06-01", "--lang", "en");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Aid simulation on 2024-06-01").contains(
                "IMV — Minimum living income (IMV): May be entitled, €618.40/month", "Rules: imv-2024.properties",
                "BONO_SOCIAL_ELECTRICO — Electricity social discount: May be entitled, 80% (SEVERELY_VULNERABLE)");
    }

    @Test
    void theReasoningIsInCatalanByDefaultAndInTheLanguageAskedFor() throws Exception {
        Run ca = run("aid", "simulate", "--household", file(HOUSEHOLD).toString());
        assertThat(ca.code()).isEqualTo(ExitCodes.OK);
        assertThat(ca.out()).startsWith("Simulació d’ajuts a data 01/06/2025").contains(
                "IMV — Ingrés mínim vital (IMV): Hi pot tenir dret, 701,40\u00a0€/mes",
                "Normativa aplicada: imv-2025.properties (vigència: del 01/01/2025 al 31/12/2025).",
                "Es compleix: la persona sol·licitant té 40 anys").doesNotContain("Met:", "Rules:", "a month", "aid.step.");
        Run es = run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--lang", "es", "--format", "json");
        assertThat(es.code()).isEqualTo(ExitCodes.OK);
        JsonNode results = new ObjectMapper().readTree(es.out()).get("results");
        assertThat(results.get(0).get("aid").asText()).isEqualTo("IMV");
        assertThat(results.get(0).get("level").asText()).isEqualTo("1 adulto + 1 menor, coeficiente 1,52");
        assertThat(results.get(0).get("steps").get(0).asText())
                .isEqualTo("Normativa aplicada: imv-2025.properties (vigencia: del 01/01/2025 al 31/12/2025).");
        assertThat(results.get(3).get("level").asText()).isEqualTo("SEVERELY_VULNERABLE");
        assertThat(results.get(4).get("level").asText()).isEqualTo("100%");
        Run wrong = run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--lang", "fr");
        assertThat(wrong.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--lang must be ca, es or en, not fr.");
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void anInvalidHouseholdOrUsageExitsWith2AndSaysWhy() throws Exception {
        Run negative = run("aid", "simulate", "--household", file(HOUSEHOLD.replace("3600", "-3600")).toString());
        assertThat(negative.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err()).contains("Invalid household", "member a: the annual net income cannot be negative.");
        assertThat(negative.out()).isEmpty();
        Run child = run("aid", "simulate", "--household", file(HOUSEHOLD.replace("1985-03-02", "2012-03-02")).toString());
        assertThat(child.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(child.err()).contains("a child cannot be the only adult");
        Run future = run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--date", "2016-01-01");
        assertThat(future.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(future.err()).contains("member b: the birth date 2016-09-10 is after the date of the simulation 2016-01-01");
        Run none = run("aid", "simulate", "--household", file("{\"members\": []}").toString());
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("The household has no members.");
        assertThat(run("aid", "simulate", "--household", dir.resolve("nope.json").toString()).err()).contains("No such file");
        assertThat(run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--format", "xml").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("aid", "simulate", "--household", file(HOUSEHOLD).toString(), "--date", "1/6/2025").err())
                .contains("--date must be a date as YYYY-MM-DD");
    }

    @Test
    void aBrokenRuleSetInTheDataDirectoryIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("data/aid-rules"));
        Files.writeString(dir.resolve("data/aid-rules/rgc-2027.properties"), "aid=RGC\neffectiveFrom=2027-01-01\n");
        Run r = run("aid", "simulate", "--household", file(HOUSEHOLD).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("rgc-2027.properties");
    }
}
