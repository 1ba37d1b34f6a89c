package cat.teixit.bench;

import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.aid.AidSimulator;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.aid.HouseholdJson;
import cat.teixit.logic.aid.RuleBook;
import cat.teixit.logic.settings.Language;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code aids simulate_ms}: one household (two adults, three minors, some income: every aid assessed to the end,
 * explanation included and written in Catalan, as the screen shows it) through {@link AidSimulator#simulate}, warm; the median of 2,001 runs after 20,000 warm-up
 * runs, and the 99th percentile. Prints {@code BENCH} lines.
 */
public final class AidsBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    private static final int WARM_UP = 20_000;
    private static final int RUNS = 2_001;
    static final String HOUSEHOLD = """
            {"date": "2025-06-01", "municipality": "Barcelona",
             "household": {"netAssetsExcludingHome": 2000, "constitutedMonths": 30, "largeFamily": true,
               "followedBySocialServices": true, "electricityRegulatedTariff": true},
             "members": [
               {"id": "a", "birthDate": "1985-03-02", "role": "reference", "annualNetIncome": 4200, "incomeKind": "none",
                "monthsResidentSpain": 60, "monthsResidentCatalonia": 60, "disabilityPercent": 65},
               {"id": "b", "birthDate": "1987-11-20", "role": "partner", "annualNetIncome": 1800, "incomeKind": "none"},
               {"id": "c", "birthDate": "2012-01-05", "role": "child"},
               {"id": "d", "birthDate": "2019-06-30", "role": "child"},
               {"id": "e", "birthDate": "2024-02-14", "role": "child"}]}
            """;

    private AidsBench() {
    }

    public static void main(String[] args) {
        AidSimulator simulator = new AidSimulator(RuleBook.bundled());
        Household h = HouseholdJson.read(HOUSEHOLD, null, LocalDate.now());
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            for (AidResult r : simulator.simulate(h)) {
                sink += r.steps(Language.CATALAN).size();
            }
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            List<AidResult> results = simulator.simulate(h);
            for (AidResult r : results) {
                sink += r.steps(Language.CATALAN).size();
            }
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        OUT.println("# aids: 5 aids, " + sink % 7 + " (ignore)");
        OUT.printf(Locale.ROOT, "BENCH aids simulate_ms %.3f ms%n", nanos[RUNS / 2] / 1e6);
        OUT.printf(Locale.ROOT, "BENCH aids simulate_p99_ms %.3f ms%n", nanos[RUNS * 99 / 100] / 1e6);
    }
}
