package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.aid.AidScanService;
import cat.teixit.logic.auth.CurrentUser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/**
 * {@code teixit bench-aids-scan} (hidden, run by {@code bench/run aids}): the proactive aid list over every open case
 * file of a store made by {@code teixit generate} (the demo team lead seeing every team), since 30 days ago, on the
 * background thread pool with progress, warm (one run not counted), median. Prints {@code BENCH aids
 * proactive_scan_100k_s}. Reads only.
 */
@Command(name = "bench-aids-scan", hidden = true,
        description = "Benchmark: the proactive aid list over a generated store; prints BENCH lines.")
public final class AidScanBenchCommand extends AreaBenchCommand {

    /** @param dataDir the data directory the command line names (read when the command runs) */
    public AidScanBenchCommand(Supplier<Path> dataDir) {
        super(dataDir, 3);
    }

    @Override
    protected int measure(PrintWriter out, PrintWriter err, Path dir, Workstation w, CurrentUser area)
            throws Exception {
        LocalDate today = LocalDate.now(w.clock().withZone(cat.teixit.gui.common.I18n.ZONE));
        AidScanService scan = w.aidScan();
        AtomicInteger reports = new AtomicInteger();
        int[] total = new int[1];
        List<AidScanService.Candidate>[] found = new List[1];
        DocumentsBench.Timing t = DocumentsBench.median(1, runs, () -> found[0] = scan.scan(area, true,
                today.minusDays(30), today, (done, all) -> {
                    reports.incrementAndGet();
                    total[0] = all;
                }, () -> false));
        err.printf("# aids: %d open case files scanned, %d may newly qualify (since %s), %d progress reports%n",
                total[0], found[0].size(), today.minusDays(30), reports.get());
        out.printf(java.util.Locale.ROOT, "BENCH aids proactive_scan_100k_s %.2f s%n", t.wallMs() / 1000);
        return ExitCodes.OK;
    }
}
