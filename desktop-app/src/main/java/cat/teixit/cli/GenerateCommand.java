package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.demo.SyntheticArea;
import cat.teixit.logic.demo.SyntheticIds;
import cat.teixit.persistence.DataDirectories;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit generate}: fills a new store with a synthetic, clearly fictitious area (for demos and benchmarks). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fills a new data directory with a synthetic, fictitious area: teams and professionals, people "
                + "in households, and a case file per household with ten years of social history. The same seed "
                + "gives the same data. Default directory: the demo store's (teixit-demo).",
            "Every generated account logs in with the demo password."})
final class GenerateCommand extends Subcommand {

    static final int MAX_PEOPLE = 1_000_000;

    @Option(names = "--people", paramLabel = "N", defaultValue = "100000",
            description = "How many people (default ${DEFAULT-VALUE}; about 2.5 per household and 10 interventions each).")
    int people;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed: the same seed, size and date give the same data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The history ends the day before this date (default: today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        if (people < 1 || people > MAX_PEOPLE) {
            err.printf("--people must be between 1 and %,d.%n", MAX_PEOPLE);
            return ExitCodes.USAGE;
        }
        Path dir = root().dataDir != null ? root().resolveDataDir() : DataDirectories.defaultFor(RootCommand.DEMO_DIR);
        LocalDate until = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.of("Europe/Madrid"));
        var options = SyntheticArea.Options.area(people, seed, until);
        long start = System.nanoTime();
        try (Workstation w = openNew(dir)) {
            if (w == null) {
                err.println("Nothing generated: the directory already holds a store. Choose a new directory with --data-dir.");
                return ExitCodes.USAGE;
            }
            err.printf("Generating %,d fictitious people into %s (seed %d, history until %s)%n", people, dir, seed, until);
            // One verifier for every generated account: Argon2id is slow by design.
            String verifier = new PasswordHasher().hash(DemoSeeder.DEMO_PASSWORD.toCharArray());
            SyntheticArea.Summary summary = w.generateArea(options, verifier, (done, total) -> {
                err.printf("  %,d / %,d people (%d s)%n", done, total, (System.nanoTime() - start) / 1_000_000_000);
                err.flush();
            });
            w.addDemoGroups(until);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Generated a fictitious area in %.1f s: %d teams, %d professionals%n", seconds, summary.teams(),
                    summary.professionals());
            for (Map.Entry<String, Long> e : summary.rows().entrySet()) {
                out.printf("  %-20s %,12d%n", e.getKey(), e.getValue());
            }
            out.printf("Documents are fictitious: DNI %d-99999999, NIE %s000000-%s999999, passports ZZ.%n",
                    SyntheticIds.DNI_FIRST, SyntheticIds.NIE_PREFIX, SyntheticIds.NIE_PREFIX);
            out.printf("Open it with: teixit --data-dir %s (for example laia / %s)%n", dir, DemoSeeder.DEMO_PASSWORD);
            return ExitCodes.OK;
        } catch (SyntheticArea.StoreNotEmptyException e) {
            err.println("Nothing generated: " + e.getMessage() + ". Choose a new directory with --data-dir.");
            return ExitCodes.USAGE;
        } catch (StoreOpenException e) {
            err.println(StoreMessages.english(e));
            return StoreMessages.exitCode(e);
        }
    }

    /** A new store in {@code dir}, under a new key; null when the directory already holds one. */
    private static Workstation openNew(Path dir) throws StoreOpenException {
        InstanceLock lock = InstanceLock.acquire(dir);
        cat.teixit.persistence.StoreKey key;
        try {
            key = cat.teixit.app.DataKeys.forNewStore(dir);
        } catch (StoreOpenException e) {
            lock.close();
            return null;
        }
        return Workstation.open(dir, lock, key, false);
    }
}
