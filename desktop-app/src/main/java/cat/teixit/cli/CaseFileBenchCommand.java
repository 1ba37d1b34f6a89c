package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.casefile.TimelineService;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.search.PersonHit;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.InterventionKind;
import cat.teixit.model.casefile.Person;
import cat.teixit.persistence.BenchQueries;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code teixit bench-casefile} (hidden, run by {@code bench/run casefile}): search, open and save
 * timings through the services, on a store made by {@code teixit generate}, logged in as the first
 * demo account. Prints {@code BENCH casefile <metric> <value> <unit>} lines. It adds interventions
 * (with their outbox entries) to the store it measures.
 */
@Command(name = "bench-casefile", hidden = true,
        description = "Benchmark: search, open and save case files on a generated store; prints BENCH lines.")
final class CaseFileBenchCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "40", description = "Measured rounds over every query (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--saves", defaultValue = "200", description = "Interventions saved (default ${DEFAULT-VALUE}).")
    int saves;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = root.resolveDataDir();
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), false)) {
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
            rawSearch(dir.resolve(LocalStore.DB_FILE), user, queries, out);
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

    /** The same queries on the search index alone: one plain read-only connection, no joins, no mapping. */
    private void rawSearch(Path db, CurrentUser user, List<String> queries, PrintWriter out) throws Exception {
        try (Connection c = BenchQueries.openReadOnly(db)) {
            List<String> fts = queries.stream().map(q -> SearchService.ftsQuery(q, List.of(user.scope()))).toList();
            for (int i = 0; i < 5; i++) {
                for (int k = 0; k < queries.size(); k++) {
                    raw(c, queries.get(k), fts.get(k));
                }
            }
            long[] times = new long[rounds * queries.size()];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < queries.size(); k++) {
                    long t = System.nanoTime();
                    raw(c, queries.get(k), fts.get(k));
                    times[n++] = System.nanoTime() - t;
                }
            }
            print(out, "search_raw_fts", times);
        }
    }

    private static void raw(Connection c, String query, String fts) throws java.sql.SQLException {
        if (SearchService.looksLikeCaseNumber(query)) {
            BenchQueries.rawCaseNumberSearch(c, query.toUpperCase(java.util.Locale.ROOT), SearchService.DEFAULT_LIMIT);
        } else {
            BenchQueries.rawPersonSearch(c, fts, SearchService.DEFAULT_LIMIT);
        }
    }

    /** The case file header and household, and the whole timeline, of the longest histories. */
    private void open(Workstation w, CurrentUser user, PrintWriter out, PrintWriter err) {
        List<UUID> ids = w.store().read(tx -> tx.jdbc(c -> BenchQueries.longestCaseFiles(c, user.scope(), 20)));
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
        Set<UUID> longest = new HashSet<>(w.store().read(tx -> tx.jdbc(c -> BenchQueries.longestCaseFiles(c,
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
