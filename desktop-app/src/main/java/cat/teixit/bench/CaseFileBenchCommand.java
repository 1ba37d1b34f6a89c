package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.BenchQueries;
import cat.teixit.persistence.search.PeopleIndex;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code teixit bench-casefile} (hidden, run by {@code bench/run casefile}): search, duplicate check,
 * open and save timings through the services, on a store made by {@code teixit generate}, logged in as the first
 * demo account. Prints {@code BENCH casefile <metric> <value> <unit>} lines. It adds interventions
 * (with their outbox entries) to the store it measures.
 */
@Command(name = "bench-casefile", hidden = true,
        description = "Benchmark: search, open and save case files on a generated store; prints BENCH lines.")
public final class CaseFileBenchCommand extends StoreBenchCommand {

    @Option(names = "--rounds", defaultValue = "40", description = "Measured rounds over every query (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--saves", defaultValue = "200", description = "Interventions saved (default ${DEFAULT-VALUE}).")
    int saves;

    /** @param dataDir the data directory the command line names (read when the command runs) */
    public CaseFileBenchCommand(Supplier<Path> dataDir) {
        super(dataDir);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err, Path dir) throws Exception {
        try (Workstation w = Workstation.openAs(dir, InstanceLock.acquire(dir), DemoSeeder.USERS.getFirst().username(),
                DemoSeeder.DEMO_PASSWORD.toCharArray())) {
            LoginResult login = w.auth().login(DemoSeeder.USERS.getFirst().username(),
                    DemoSeeder.DEMO_PASSWORD.toCharArray());
            if (!(login instanceof LoginResult.Success success)) {
                err.println("The first demo account cannot log in here: is this a store made by teixit generate?");
                return ExitCodes.USAGE;
            }
            CurrentUser user = success.user();
            List<String> queries = queries(w, user);
            err.printf("# casefile: %d search queries as %s: %s%n", queries.size(), user.username(), queries);
            search(w, user, queries, out, err);
            // The same queries on the store and on an unencrypted copy of it, taking turns (so that the machine's
            // load falls on both alike): the search index alone (raw FTS), and the product's own index queries with
            // their joins (PeopleIndex): what the encryption costs a search.
            Path plain = dir.resolve("tmp").resolve("bench-plain.db");
            try (Connection c = w.readOnlyConnectionForBenchmark()) {
                BenchQueries.plainCopy(c, plain);
                try (Connection p = BenchQueries.openPlain(plain)) {
                    List<String> scopes = List.of(user.scope());
                    PeopleIndex encrypted = new PeopleIndex(on(c));
                    PeopleIndex unencrypted = new PeopleIndex(on(p));
                    long[][] times = timeInTurns(queries, List.of(
                            q -> raw(c, q, PeopleIndex.ftsQuery(q, scopes)),
                            q -> index(encrypted, q, scopes),
                            q -> index(unencrypted, q, scopes)));
                    print(out, "search_raw_fts", times[0]);
                    print(out, "search_index", times[1]);
                    print(out, "search_index_unencrypted", times[2]);
                    out.printf(java.util.Locale.ROOT, "BENCH casefile search_index_p95_ratio_to_unencrypted %.2f ratio%n",
                            percentile(times[1], 95) / percentile(times[2], 95));
                }
            } finally {
                java.nio.file.Files.deleteIfExists(plain);
            }
            duplicates(w, user, out, err);
            open(w, user, out, err);
            save(w, user, out);
            return ExitCodes.OK;
        }
    }

    /**
     * What professionals type: names without accents and in any order, broad prefixes, a full DNI, a
     * phone as written, a case number prefix and a whole case number.
     */
    private static List<String> queries(Workstation w, CurrentUser user) {
        List<String> q = new ArrayList<>(List.of("nuria pages", "pages nuria", "garc", "mar", "garcia", "maria garcia",
                "martinez lopez", "el amrani fatima", "jordi puig", "mohamed", "collell", "munoz", "lopez m", "jose",
                "nu", "EXP-2021"));
        List<PersonHit> hits = w.search().search(user, "nuria pages", 5, Language.CATALAN);
        String doc = null;
        String phone = null;
        String caseNumber = null;
        for (PersonHit h : hits) {
            Person p = w.people().load(user, h.personId());
            doc = doc != null ? doc : p.getIdDocNumber();
            phone = phone != null ? phone : p.getPhone();
            caseNumber = caseNumber != null ? caseNumber : h.caseNumber();
        }
        for (String s : new String[] {doc, phone, caseNumber}) {
            if (s != null) {
                q.add(s);
            }
        }
        return q;
    }

    private void search(Workstation w, CurrentUser user, List<String> queries, PrintWriter out, PrintWriter err) {
        SearchService search = w.search();
        for (int i = 0; i < 5; i++) {
            queries.forEach(q -> search.search(user, q, SearchService.DEFAULT_LIMIT, Language.CATALAN));
        }
        long[] times = new long[rounds * queries.size()];
        long[][] perQuery = new long[queries.size()][rounds];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < queries.size(); k++) {
                long t = System.nanoTime();
                search.search(user, queries.get(k), SearchService.DEFAULT_LIMIT, Language.CATALAN);
                times[n++] = System.nanoTime() - t;
                perQuery[k][r] = times[n - 1];
            }
        }
        for (int k = 0; k < queries.size(); k++) {
            Arrays.sort(perQuery[k]);
            err.printf("# casefile: search \"%s\" p50 %.1f ms, p95 %.1f ms%n", queries.get(k),
                    percentile(perQuery[k], 50), percentile(perQuery[k], 95));
        }
        print(out, "search", times);
    }

    private interface Query {
        void run(String typed) throws java.sql.SQLException;
    }

    /** The queries, each run by every way in turn ({@link #rounds} rounds after 5 of warm-up); each way's times, sorted. */
    private long[][] timeInTurns(List<String> queries, List<Query> ways) throws java.sql.SQLException {
        for (int i = 0; i < 5; i++) {
            for (String q : queries) {
                for (Query way : ways) {
                    way.run(q);
                }
            }
        }
        long[][] times = new long[ways.size()][rounds * queries.size()];
        int n = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < queries.size(); k++, n++) {
                for (int i = 0; i < ways.size(); i++) {
                    long t = System.nanoTime();
                    ways.get(i).run(queries.get(k));
                    times[i][n] = System.nanoTime() - t;
                }
            }
        }
        for (long[] t : times) {
            Arrays.sort(t);
        }
        return times;
    }

    /** The product's index query for {@code typed} (as the search service picks it), on a connection of its own. */
    private static void index(PeopleIndex people, String typed, List<String> scopes) {
        if (SearchService.looksLikeCaseNumber(typed)) {
            people.byCaseNumber(typed.toUpperCase(java.util.Locale.ROOT), scopes, SearchService.DEFAULT_LIMIT);
        } else {
            people.search(typed, scopes, SearchService.DEFAULT_LIMIT);
        }
    }

    /** Plain SQL on {@code c} itself, outside the store's units of work. */
    private static cat.teixit.persistence.jdbc.Jdbc on(Connection c) {
        return new cat.teixit.persistence.jdbc.Jdbc() {
            @Override
            public <T> T jdbc(Work<T> work) {
                try {
                    return work.run(c);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static void raw(Connection c, String query, String fts) throws java.sql.SQLException {
        if (SearchService.looksLikeCaseNumber(query)) {
            BenchQueries.rawCaseNumberSearch(c, query.toUpperCase(java.util.Locale.ROOT), SearchService.DEFAULT_LIMIT);
        } else {
            BenchQueries.rawPersonSearch(c, fts, SearchService.DEFAULT_LIMIT);
        }
    }

    /**
     * The duplicate check every save of a new person runs, through the service: people of the user's
     * team typed again with one difference each (no document, another day of the same year, day and
     * month swapped, surnames swapped, the second surname dropped, no birth date, a document typo),
     * and new people (names of different people mixed, any birth date).
     */
    private void duplicates(Workstation w, CurrentUser user, PrintWriter out, PrintWriter err) {
        List<BenchQueries.SampledPerson> sample = w.readForBenchmark(tx -> tx.jdbc(c -> BenchQueries.samplePeople(c,
                user.scope(), 97, 60)));
        if (sample.size() < 3) {
            return;
        }
        List<DuplicateProbe> checks = duplicateChecks(sample, new SplittableRandom(1));
        for (DuplicateProbe p : checks.subList(0, Math.min(50, checks.size()))) {
            w.people().checkDuplicates(user, p.form(), null, Language.CATALAN);
        }
        long[] times = new long[checks.size()];
        Map<String, List<Long>> byKind = new TreeMap<>();
        int warned = 0;
        int listed = 0;
        for (int i = 0; i < checks.size(); i++) {
            long t = System.nanoTime();
            PersonService.DuplicateCheck d = w.people().checkDuplicates(user, checks.get(i).form(), null,
                    Language.CATALAN);
            times[i] = System.nanoTime() - t;
            byKind.computeIfAbsent(checks.get(i).kind(), k -> new ArrayList<>()).add(times[i]);
            warned += d.isEmpty() ? 0 : 1;
            listed += d.similar().size();
        }
        byKind.forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            err.printf("# casefile: duplicate check, %s: %d checks, p50 %.1f ms, p95 %.1f ms%n", kind, sorted.length,
                    percentile(sorted, 50), percentile(sorted, 95));
        });
        err.printf("# casefile: %d duplicate checks from %d people of %s: %d warned, %.1f similar people listed on average%n",
                checks.size(), sample.size(), user.scope(), warned, listed / (double) checks.size());
        print(out, "duplicate_check", times);
    }

    /** A person typed for the duplicate benchmark, and how it was made. */
    private record DuplicateProbe(String kind, PersonForm form) {
    }

    private static List<DuplicateProbe> duplicateChecks(List<BenchQueries.SampledPerson> sample, SplittableRandom r) {
        List<DuplicateProbe> checks = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            BenchQueries.SampledPerson p = sample.get(i);
            BenchQueries.SampledPerson other = sample.get((i + 1) % sample.size());
            BenchQueries.SampledPerson third = sample.get((i + 2) % sample.size());
            LocalDate born = p.birthDate() == null ? null : LocalDate.parse(p.birthDate());
            checks.add(new DuplicateProbe("same person", typed(p.givenName(), p.surname1(), p.surname2(), born)));
            if (born != null) {
                checks.add(new DuplicateProbe("same year", typed(p.givenName(), p.surname1(), p.surname2(),
                        born.withDayOfYear(1 + r.nextInt(born.lengthOfYear())))));
                checks.add(new DuplicateProbe("day and month swapped", typed(p.givenName(), p.surname1(),
                        p.surname2(), born.getDayOfMonth() <= 12
                                ? LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue())
                                : born.plusDays(1))));
            }
            checks.add(new DuplicateProbe("surnames swapped", typed(p.givenName(), p.surname2(), p.surname1(), born)));
            checks.add(new DuplicateProbe("second surname dropped", typed(p.givenName(), p.surname1(), null, born)));
            checks.add(new DuplicateProbe("no birth date", typed(p.givenName(), p.surname1(), p.surname2(), null)));
            if (p.idDocNumber() != null) {
                checks.add(new DuplicateProbe("document typo", PersonForm.basic(p.givenName(), p.surname1(),
                        p.surname2(), IdDocumentType.valueOf(p.idDocType()), typo(p.idDocNumber(), r), born, null)));
            }
            checks.add(new DuplicateProbe("new person", typed(other.givenName(), p.surname1(), third.surname2(),
                    randomBirth(r))));
            checks.add(new DuplicateProbe("new person", typed(p.givenName(), third.surname1(), other.surname1(),
                    randomBirth(r))));
        }
        return checks;
    }

    private static PersonForm typed(String given, String surname1, String surname2, LocalDate born) {
        return PersonForm.basic(given, surname1, surname2, IdDocumentType.NONE, null, born, null);
    }

    private static LocalDate randomBirth(SplittableRandom r) {
        return LocalDate.of(1940, 1, 1).plusDays(r.nextInt(80 * 365));
    }

    /** The number with one character replaced by another of its kind (digit or letter). */
    private static String typo(String doc, SplittableRandom r) {
        int at = r.nextInt(doc.length());
        char ch = doc.charAt(at);
        char replaced = Character.isDigit(ch) ? (char) ('0' + (ch - '0' + 1 + r.nextInt(9)) % 10)
                : (char) ('A' + (Character.toUpperCase(ch) - 'A' + 1 + r.nextInt(25)) % 26);
        return doc.substring(0, at) + replaced + doc.substring(at + 1);
    }

    /** The case file header and household, and the whole timeline, of the longest histories. */
    private void open(Workstation w, CurrentUser user, PrintWriter out, PrintWriter err) {
        List<UUID> ids = w.readForBenchmark(tx -> tx.jdbc(c -> BenchQueries.longestCaseFiles(c, user.scope(), 20)));
        int entries = 0;
        for (UUID id : ids) {
            w.caseFiles().load(user, id);
            entries += w.timeline().entries(user, id, TimelineService.Filter.ALL).size();
        }
        err.printf("# casefile: opening %d case files of %d timeline entries on average%n", ids.size(),
                ids.isEmpty() ? 0 : entries / ids.size());
        int measuredRounds = Math.max(5, rounds / 4);
        long[] times = new long[measuredRounds * ids.size()];
        int n = 0;
        for (int r = 0; r < measuredRounds; r++) {
            for (UUID id : ids) {
                long t = System.nanoTime();
                w.caseFiles().load(user, id);
                w.timeline().entries(user, id, TimelineService.Filter.ALL);
                times[n++] = System.nanoTime() - t;
            }
        }
        print(out, "open", times);
        out.printf("BENCH casefile open_timeline_entries %d entries%n", ids.isEmpty() ? 0 : entries / ids.size());
    }

    /** Interventions added to the user's ordinary open case files, each with its outbox entry, durably. */
    private void save(Workstation w, CurrentUser user, PrintWriter out) {
        Set<UUID> longest = new HashSet<>(w.readForBenchmark(tx -> tx.jdbc(c -> BenchQueries.longestCaseFiles(c,
                user.scope(), 20))));
        List<UUID> targets = w.caseFiles().mine(user).stream().map(CaseFileService.CaseFileSummary::id)
                .filter(id -> !longest.contains(id)).limit(50).toList();
        if (targets.isEmpty()) {
            return;
        }
        InterventionForm form = new InterventionForm(InterventionKind.PHONE_CALL, w.clock().instant()
                .atZone(java.time.ZoneId.of("Europe/Madrid")).toLocalDate(), null, 10, null, List.of(),
                "Trucada de seguiment (benchmark).", false);
        for (int i = 0; i < 20; i++) {
            w.interventions().add(user, targets.get(i % targets.size()), form);
        }
        long[] times = new long[saves];
        for (int i = 0; i < saves; i++) {
            long t = System.nanoTime();
            w.interventions().add(user, targets.get(i % targets.size()), form);
            times[i] = System.nanoTime() - t;
        }
        print(out, "save_intervention", times);
    }

    private static void print(PrintWriter out, String metric, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        out.printf("BENCH casefile %s_p50_ms %.1f ms%n", metric, percentile(sorted, 50));
        out.printf("BENCH casefile %s_p95_ms %.1f ms%n", metric, percentile(sorted, 95));
        out.flush();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
