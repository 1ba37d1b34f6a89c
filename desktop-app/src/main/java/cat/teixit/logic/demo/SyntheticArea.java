package cat.teixit.logic.demo;

import cat.teixit.logic.casefile.CaseDeps;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreTx;
import cat.teixit.persistence.demo.BulkLoader;
import cat.teixit.persistence.demo.BulkLoader.Table;
import cat.teixit.persistence.demo.BulkWrites;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A synthetic basic-social-services area, clearly fictitious and the same for the same seed: teams
 * and professionals, people in households, and a case file per household with ten years of social
 * history, written into the store as if already received from the central system. Used by {@code
 * teixit generate}, by the demo store and by benchmarks. Stateless, thread-safe (one generation
 * per store at a time, as the store has one writer).
 */
public final class SyntheticArea {

    /** Households written per transaction when generating a large area. */
    private static final int HOUSEHOLDS_PER_TRANSACTION = 10_000;
    /** Page cache of the writer during a large generation. */
    private static final int BULK_CACHE_MIB = 512;

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticArea.class);

    /**
     * What to generate: about {@code people} people in the teams with the given codes (all the
     * area's teams when empty), history up to the day before {@code asOf}, generated colleagues
     * besides the demo accounts (or the demo accounts alone), and the showcase households.
     */
    public record Options(int people, long seed, LocalDate asOf, List<String> teams, boolean professionals,
            boolean showcase) {

        public Options {
            if (people < 1) {
                throw new IllegalArgumentException("at least one person");
            }
            Objects.requireNonNull(asOf, "asOf");
            teams = List.copyOf(teams);
        }

        /** The whole area (every team), with the showcase households. */
        public static Options area(int people, long seed, LocalDate asOf) {
            return new Options(people, seed, asOf, List.of(), true, true);
        }

        /** The demo store: a small area in the demo accounts' teams, served by the demo accounts alone. */
        public static Options demo(LocalDate asOf) {
            return new Options(2_000, 2026, asOf, List.of("GIR-N", "SALT"), false, true);
        }
    }

    /** What was written: rows per table (by table name). */
    public record Summary(int teams, int professionals, Map<String, Long> rows) {

        public long rows(Table table) {
            return rows.getOrDefault(table.tableName(), 0L);
        }
    }

    /** The store is not one a synthetic area may go into (it holds people, or real accounts). Nothing was written. */
    public static final class StoreNotEmptyException extends IllegalStateException {
        StoreNotEmptyException(String message) {
            super(message);
        }
    }

    /** Told how far a generation is, in people written. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void people(long done, long total);
    }

    private SyntheticArea() {
    }

    /**
     * Generates the area into {@code store} in a few large transactions (for large areas). The store
     * must hold no people yet. Its file stays in WAL mode with full synchronisation throughout.
     */
    public static Summary generate(LocalStore store, Options options, String verifier, Progress progress) {
        long start = System.nanoTime();
        Run run;
        try {
            run = store.write(tx -> {
                tx.bulk().beginBulkLoad(BULK_CACHE_MIB);
                return Run.start(tx.bulk(), options, verifier);
            });
            progress.people(run.peopleDone, options.people());
            while (!run.done()) {
                store.write(tx -> {
                    run.households(tx.bulk(), HOUSEHOLDS_PER_TRANSACTION, progress);
                    return null;
                });
            }
            store.write(tx -> {
                tx.bulk().optimizeIndexes();
                return null;
            });
        } finally {
            store.write(tx -> {
                tx.bulk().endBulkLoad();
                return null;
            });
        }
        Summary summary = run.summary();
        LOG.info("Synthetic area generated in {} ms: {} people, {} households, {} interventions",
                (System.nanoTime() - start) / 1_000_000, summary.rows(Table.PERSON), summary.rows(Table.HOUSEHOLD),
                summary.rows(Table.INTERVENTION));
        return summary;
    }

    /** Generates the area inside the caller's write transaction (small areas: all or nothing). */
    public static Summary generate(StoreTx tx, Options options, String verifier) {
        BulkWrites bulk = tx.bulk();
        Run run = Run.start(bulk, options, verifier);
        while (!run.done()) {
            run.households(bulk, Integer.MAX_VALUE, Progress.NONE);
        }
        bulk.optimizeIndexes();
        return run.summary();
    }

    /** One generation in progress: where it is and what it wrote. Not thread-safe. */
    private static final class Run {
        final Options options;
        final HouseholdPlanner planner;
        final SyntheticStaff staff;
        final Map<String, Long> rows = new LinkedHashMap<>();
        final SyntheticIds.Sequence ids;
        /** The generated agenda, across every batch of households. */
        final AgendaSlots agenda;
        long nextServerVersion;
        long household;
        long peopleDone;

        private Run(Options options, HouseholdPlanner planner, SyntheticStaff staff, SyntheticIds.Sequence ids) {
            this.options = options;
            this.planner = planner;
            this.staff = staff;
            this.ids = ids;
            this.agenda = new AgendaSlots(options.asOf().minusYears(11).atStartOfDay(CaseDeps.ZONE).toInstant());
        }

        /** Checks the store is empty of people, adds teams and professionals, and writes the showcase. */
        static Run start(BulkWrites store, Options o, String verifier) {
            if (store.count(Table.PERSON) > 0) {
                throw new StoreNotEmptyException("the store already holds people; a synthetic area goes into a new store");
            }
            if (store.count(Table.APP_USER) > 0 && !store.isDemo()) {
                throw new StoreNotEmptyException("the store holds real accounts; fictitious people never go into a real store");
            }
            List<SyntheticGeography.TeamPlan> plans = o.teams().isEmpty() ? SyntheticGeography.TEAMS
                    : SyntheticGeography.TEAMS.stream().filter(t -> o.teams().contains(t.code())).toList();
            if (plans.isEmpty()) {
                throw new IllegalArgumentException("no known team among " + o.teams());
            }
            Instant since = o.asOf().minusYears(10).atStartOfDay(CaseDeps.ZONE).toInstant();
            // The ids are minted as by a migration in the night before the history ends.
            var ids = new SyntheticIds.Sequence(
                    o.asOf().minusDays(1).atTime(2, 0).atZone(CaseDeps.ZONE).toInstant().toEpochMilli(), o.seed());
            try (BulkLoader loader = store.loader(store.firstFreeServerVersion())) {
                SyntheticStaff staff = SyntheticStaff.build(store, loader, ids, plans, o.professionals() ? o.people() : 0, verifier, since,
                        stream(o.seed(), -1));
                HouseholdPlanner planner = new HouseholdPlanner(staff.teams(), o.asOf());
                Run run = new Run(o, planner, staff, ids);
                if (o.showcase()) {
                    run.peopleDone += ShowcaseHouseholds.write(new HistoryWriter(loader, ids, o.asOf(), run.agenda), planner,
                            staff, stream(o.seed(), -2));
                }
                store.markDemo();
                run.finish(loader);
                return run;
            }
        }

        boolean done() {
            return peopleDone >= options.people();
        }

        /** Writes up to {@code max} more households, telling {@code progress} every few thousand. */
        void households(BulkWrites store, int max, Progress progress) {
            try (BulkLoader loader = store.loader(nextServerVersion)) {
                HistoryWriter writer = new HistoryWriter(loader, ids, options.asOf(), agenda);
                for (int n = 0; n < max && !done(); n++) {
                    SplittableRandom r = stream(options.seed(), household);
                    HouseholdPlan h = planner.random(household, r, (int) (options.people() - peopleDone));
                    writer.write(h, r);
                    peopleDone += h.members.size();
                    household++;
                    if (household % 2_000 == 0 || done()) {
                        progress.people(peopleDone, options.people());
                    }
                }
                finish(loader);
            }
        }

        private void finish(BulkLoader loader) {
            loader.flush();
            loader.written().forEach((t, n) -> rows.merge(t.tableName(), n, Long::sum));
            nextServerVersion = loader.nextServerVersion();
        }

        Summary summary() {
            return new Summary(staff.teams().size(), staff.professionals(),
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows)));
        }
    }

    /** The random stream of one household (or of the set-up, for negative numbers): independent of the others. */
    static SplittableRandom stream(long seed, long number) {
        return new SplittableRandom(mix(seed, number));
    }

    /** A well-mixed 64-bit value of the seed and a number (MurmurHash3's finaliser). */
    static long mix(long seed, long number) {
        long z = seed * 0x9E37_79B9_7F4A_7C15L + number;
        z = (z ^ (z >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
        return z ^ (z >>> 33);
    }
}
