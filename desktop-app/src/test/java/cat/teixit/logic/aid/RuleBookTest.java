package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.settings.Language;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sets as data files: which one a date selects, a new year's file, and files that are refused. */
class RuleBookTest {

    @TempDir
    Path dir;

    private static String selected(RuleBook book, Aid aid, String date) {
        return book.select(aid, LocalDate.parse(date)).map(RuleSet::name).orElse("none");
    }

    @Test
    void theRuleSetInForceOnTheDateIsChosenBothEndsIncluded() {
        RuleBook book = RuleBook.bundled();
        assertThat(selected(book, Aid.IMV, "2024-12-31")).isEqualTo("imv-2024.properties");
        assertThat(selected(book, Aid.IMV, "2025-01-01")).isEqualTo("imv-2025.properties");
        assertThat(selected(book, Aid.IMV, "2026-12-31")).isEqualTo("imv-2026.properties");
        assertThat(selected(book, Aid.BONO_SOCIAL_ELECTRICO, "2025-06-30")).isEqualTo("bono-2025-1.properties");
        assertThat(selected(book, Aid.BONO_SOCIAL_ELECTRICO, "2025-07-01")).isEqualTo("bono-2025-2.properties");
        assertThat(selected(book, Aid.MENJADOR_BCN, "2024-08-31")).isEqualTo("menjador-bcn-2023-24.properties");
        assertThat(selected(book, Aid.MENJADOR_BCN, "2024-09-01")).isEqualTo("menjador-bcn-2024-25.properties");
        assertThat(selected(book, Aid.IMV, "2023-12-31")).isEqualTo("none");
        for (Aid aid : Aid.values()) {
            for (String d : new String[] {"2024-03-01", "2025-03-01", "2026-03-01"}) {
                assertThat(book.select(aid, LocalDate.parse(d))).as(aid + " " + d).isPresent();
            }
        }
    }

    @Test
    void withoutARuleSetForTheDateEachAidCannotTellAndSaysWhichPeriodsAreKnown() {
        AidSimulator s = new AidSimulator(RuleBook.bundled());
        var results = s.simulate(Households.on("2030-01-01").adult(40).build());
        assertThat(results).allSatisfy(r -> {
            assertThat(r.eligible()).isNull();
            assertThat(r.steps(Language.ENGLISH).getFirst()).contains("No rule set", "2030-01-01", "2025-01-01 to 2025-12-31".substring(0, 4));
        });
    }

    @Test
    void aNewYearsFiguresAreADataFileInTheDataDirectory() throws Exception {
        String imv2027 = new String(RuleBook.class.getResourceAsStream("/aid-rules/imv-2026.properties").readAllBytes(),
                StandardCharsets.UTF_8).replace("2026-01-01", "2027-01-01").replace("2026-12-31", "2027-12-31")
                .replace("pncAnnual=8803.20", "pncAnnual=9000.00");
        Files.writeString(dir.resolve("imv-2027.properties"), imv2027);
        RuleBook book = RuleBook.load(dir);
        assertThat(selected(book, Aid.IMV, "2027-02-01")).isEqualTo("imv-2027.properties");
        assertThat(selected(book, Aid.IMV, "2026-02-01")).isEqualTo("imv-2026.properties");
        AidResult r = new AidSimulator(book).simulate(Households.on("2027-02-01").adult(40).build()).getFirst();
        assertThat(r.monthlyAmount()).isEqualByComparingTo("750.00");
        // A correction for the same period loaded later wins over the bundled file.
        Files.writeString(dir.resolve("imv-2026-fix.properties"), imv2027.replace("2027-01-01", "2026-01-01")
                .replace("2027-12-31", "2026-12-31"));
        assertThat(selected(RuleBook.load(dir), Aid.IMV, "2026-02-01")).isEqualTo("imv-2026-fix.properties");
        assertThat(selected(RuleBook.load(dir.resolve("absent")), Aid.IMV, "2026-02-01")).isEqualTo("imv-2026.properties");
    }

    @Test
    void aFileWithoutASourceAFigureOrValidDatesIsRefusedByName() {
        String ok = "aid=RGC\neffectiveFrom=2027-01-01\neffectiveTo=2027-12-31\n";
        assertThatThrownBy(() -> RuleBook.parse("rgc-2027.properties", new StringReader(ok + "irscAnnual=1\n")))
                .isInstanceOf(RuleBook.InvalidRuleSetException.class).hasMessage("rgc-2027.properties: irscAnnual has no source "
                        + "(irscAnnual.source)");
        assertThatThrownBy(() -> RuleBook.parse("rgc-2027.properties", new StringReader(ok + "irscAnnual=1\nirscAnnual.source=x\n")))
                .hasMessageContaining("the figure percentBySize is missing");
        assertThatThrownBy(() -> RuleBook.parse("x.properties", new StringReader(ok + "irscAnnual=nine\nirscAnnual.source=x\n")))
                .hasMessageContaining("irscAnnual is not a number");
        assertThatThrownBy(() -> RuleBook.parse("x.properties", new StringReader("aid=RGC\neffectiveFrom=2027\n")))
                .hasMessageContaining("must be dates");
        assertThatThrownBy(() -> RuleBook.parse("x.properties", new StringReader("aid=XYZ\n")))
                .hasMessageContaining("unknown aid XYZ");
        assertThatThrownBy(() -> RuleBook.parse("x.properties", new StringReader(
                "aid=RGC\neffectiveFrom=2027-02-01\neffectiveTo=2027-01-01\n"))).hasMessageContaining("before");
    }
}
