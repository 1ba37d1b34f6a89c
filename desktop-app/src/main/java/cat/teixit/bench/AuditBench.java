package cat.teixit.bench;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.casefile.PersonService;
import cat.teixit.logic.common.Edit;
import cat.teixit.model.audit.AuditAction;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The audit trail's cost, on a new data directory (the demo accounts): {@code audit entry_ms}, one entry recorded in a
 * write of its own (a view: chain head read, hash, insert, commit), median while the trail grows to 10,000 entries;
 * {@code audit person_update_ms}, a person's phone saved through the use case with its audit entry in the same
 * transaction, and {@code audit person_update_unaudited_ms} the same save with nobody logged in (no entry), medians
 * after a warm-up; {@code audit verify_ms}, checking the whole chain of 10,000+ entries. Prints {@code BENCH} lines.
 * Argument: the work directory (emptied first).
 */
public final class AuditBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    private static final int ENTRIES = 10_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 201;

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/out/audit").toAbsolutePath();
        try (Workstation w = DocumentsBench.demoStore(dir)) {
            CurrentUser laia = DocumentsBench.demoUser(w, "laia");
            PersonService.Created p = w.people().createWithNewHousehold(laia, PersonForm.basic("Anna", "Vila", null,
                    IdDocumentType.NONE, null, LocalDate.of(1980, 1, 1), Sex.F), "2");
            double[] each = new double[ENTRIES];
            for (int i = 0; i < ENTRIES; i++) {
                long t = System.nanoTime();
                w.audit().record(laia, AuditAction.VIEW, "case_file", p.caseFileId(), p.caseFileId(), null);
                each[i] = (System.nanoTime() - t) / 1e6;
            }
            java.util.Arrays.sort(each);
            OUT.println(line("entry_ms", each[ENTRIES / 2]));
            OUT.println(line("entry_p95_ms", each[ENTRIES * 95 / 100]));

            AtomicInteger n = new AtomicInteger();
            Runnable update = () -> {
                PersonForm loaded = w.people().form(laia, p.personId());
                long before = System.nanoTime();
                w.people().update(laia, p.personId(), Edit.of(loaded, loaded.withPhone(String.format("6%08d",
                        n.incrementAndGet()))));
                SAVE.set((System.nanoTime() - before) / 1e6);
            };
            OUT.println(line("person_update_ms", saveMedian(update)));
            w.auth().logout();
            OUT.println(line("person_update_unaudited_ms", saveMedian(update)));

            int total = w.readForBenchmark(tx -> tx.audit().all(w.audit().deviceId()).size());
            long t = System.nanoTime();
            int problems = w.audit().verify().size();
            double verify = (System.nanoTime() - t) / 1e6;
            if (problems != 0) {
                throw new IllegalStateException("the chain does not hold");
            }
            OUT.println("# audit: " + total + " entries verified");
            OUT.println(line("verify_ms", verify));
        }
    }

    private static final ThreadLocal<Double> SAVE = new ThreadLocal<>();

    /** The median of the save alone (the form's read, which audits a view, is left out). */
    private static double saveMedian(Runnable update) {
        for (int i = 0; i < WARM_UP; i++) {
            update.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            update.run();
            ms[i] = SAVE.get();
        }
        java.util.Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private static String line(String metric, double ms) {
        return String.format(Locale.ROOT, "BENCH audit %s %.2f ms", metric, ms);
    }
}
