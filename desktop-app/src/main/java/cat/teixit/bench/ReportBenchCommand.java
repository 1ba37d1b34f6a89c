package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.reports.Indicators;
import cat.teixit.logic.reports.Period;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.reports.ReportTables;
import cat.teixit.logic.reports.ReportTexts;
import cat.teixit.logic.settings.Language;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code teixit bench-reports} (hidden, run by {@code bench/run reports}): every indicator of a year on a store made by
 * {@code teixit generate}, for the demo team lead's team and for every team (the lead granted every team's scope read
 * only, as an area's lead would be), warm, median; then that year's XLSX and PDF for every team (the PDF kept beside the store, to look at). Prints
 * {@code BENCH reports <metric> <value> <unit>} lines. Reads only.
 */
@Command(name = "bench-reports", hidden = true,
        description = "Benchmark: a year's indicators and their XLSX on a generated store; prints BENCH lines.")
public final class ReportBenchCommand extends AreaBenchCommand {

    @Option(names = "--year", defaultValue = "0", description = "The year (default: the last whole year).")
    int year;

    /** @param dataDir the data directory the command line names (read when the command runs) */
    public ReportBenchCommand(Supplier<Path> dataDir) {
        super(dataDir, 7);
    }

    @Override
    protected int measure(PrintWriter out, PrintWriter err, Path dir, Workstation w, CurrentUser area)
            throws Exception {
        CurrentUser u = new CurrentUser(area.id(), area.username(), area.displayName(), area.roles(), area.teamId(),
                area.teamName(), area.areaName(), area.scope(), Map.of());
        List<String> scopes = List.copyOf(area.visibleScopes());
        Period p = Period.year(year > 0 ? year : LocalDate.now(w.clock().withZone(ReportService.ZONE)).getYear() - 1);
        ReportService reports = w.reports();
        String team = reports.teams(u).stream().filter(t -> t.scope().equals(u.scope())).findFirst().orElseThrow().code();
        ReportService.Scope one = new ReportService.Scope(p, team, null);
        ReportService.Scope all = new ReportService.Scope(p, null, null);
        Indicators sample = reports.compute(area, all, Language.CATALAN);
        err.printf("# reports: %s, %d teams, %d people assisted in %d households, %d interventions%n", p.label(),
                scopes.size(), sample.current().people(), sample.current().households(),
                sample.current().interventions());
        DocumentsBench.Timing teamTime = DocumentsBench.median(2, runs, () -> reports.compute(u, one, Language.CATALAN));
        DocumentsBench.Timing allTime = DocumentsBench.median(2, runs, () -> reports.compute(area, all, Language.CATALAN));
        ReportTexts texts = new ReportTexts(Language.CATALAN);
        DocumentsBench.Timing xlsx = DocumentsBench.median(1, 3, () -> {
            try (OutputStream o = OutputStream.nullOutputStream()) {
                ReportExport.xlsx(ReportTables.of(reports.compute(area, all, Language.CATALAN), texts), o);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        byte[][] pdf = new byte[1][];
        DocumentsBench.Timing pdfTime = DocumentsBench.median(1, 3, () -> {
            pdf[0] = w.reportFiles().pdf(reports.compute(area, all, Language.CATALAN), Language.CATALAN);
        });
        Path printed = dir.toAbsolutePath().resolveSibling("reports-" + p.label() + ".pdf");
        java.nio.file.Files.write(printed, pdf[0]);
        err.printf("# reports: the PDF of every team is in %s%n", printed);
        err.printf("# reports: one team %.0f ms, every team %.0f ms (median of %d); CPU of the computing thread %.0f and"
                + " %.0f ms (what a busy machine does not inflate)%n", teamTime.wallMs(), allTime.wallMs(), runs,
                teamTime.cpuMs(), allTime.cpuMs());
        out.printf("BENCH reports indicators_team_100k_ms %.0f ms%n", teamTime.wallMs());
        out.printf("BENCH reports indicators_100k_ms %.0f ms%n", Math.max(teamTime.wallMs(), allTime.wallMs()));
        out.printf("BENCH reports xlsx_s %.2f s%n", xlsx.wallMs() / 1000);
        out.printf("BENCH reports pdf_s %.2f s%n", pdfTime.wallMs() / 1000);
        return ExitCodes.OK;
    }
}
