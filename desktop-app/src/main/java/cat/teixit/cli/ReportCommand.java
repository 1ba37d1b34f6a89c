package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.reports.Indicators;
import cat.teixit.logic.reports.Period;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit report}: a period's indicators for a team, written as CSV, XLSX or PDF, headless. Not thread-safe. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the indicators of a period (people assisted, case files, interventions, demands, "
            + "resources and their cost, caseload, breakdowns, unmet needs) for one team or every team the user sees, "
            + "as CSV, XLSX (one sheet per indicator) or a printable PDF/A; progress on standard error.",
            "The password comes from TEIXIT_PASSWORD, else from the first line of standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:unexpected failure (see the log)",
            "2:wrong usage (period, format, unknown team, not allowed: team reports are for team leads)",
            "3:data directory in use by another Teixit", "11:login refused"})
final class ReportCommand extends Subcommand {

    @Option(names = "--user", paramLabel = "USER", required = true, description = "Who asks (a team lead).")
    String user;

    @Option(names = "--period", paramLabel = "PERIOD", required = true,
            description = "A year (2025), a quarter (2025-Q1), a month (2025-03) or a day (2025-03-15).")
    String period;

    @Option(names = "--period-to", paramLabel = "PERIOD",
            description = "Ends the period at the end of this one instead (a custom span, e.g. --period 2025-03 --period-to 2025-05).")
    String periodTo;

    @Option(names = "--team", paramLabel = "TEAM", description = "The team's code (default: every team the user sees).")
    String team;

    @Option(names = "--professional", paramLabel = "USER",
            description = "Only the case files this professional is the reference of (their caseload).")
    String professional;

    @Option(names = "--format", paramLabel = "csv|xlsx|pdf", required = true, description = "The file's format.")
    String format;

    @Option(names = "--lang", paramLabel = "ca|es|en", description = "Language of the report (default: ui.language).")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (replaced).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = err();
        Language l;
        Period p;
        ReportExport.Format f;
        try {
            l = language(lang);
            p = Period.parse(period, periodTo);
            f = ReportExport.Format.of(format);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() != null && e.getMessage().startsWith("No enum") ? "--format must be csv, xlsx or pdf"
                    : e.getMessage());
            return ExitCodes.USAGE;
        }
        return withUser(user, (w, u) -> {
            DocumentCommand.Render.progress(err, 0, 2, "indicators");
            Indicators indicators;
            try {
                UUID pro = professional == null ? null : w.reports().professionals(u).stream()
                        .filter(x -> x.username().equalsIgnoreCase(professional)).map(ReportService.Professional::id)
                        .findFirst().orElseThrow(() -> new NotFoundException("professional"));
                indicators = w.reports().compute(u, new ReportService.Scope(p, team, pro), l);
            } catch (AccessDeniedException e) {
                err.println();
                err.println("Not allowed: team reports are for team leads.");
                return ExitCodes.USAGE;
            } catch (ReportService.FirstSyncUnderwayException e) {
                err.println();
                err.println("Not yet: " + e.getMessage() + ".");
                return ExitCodes.FAILURE;
            } catch (NotFoundException e) {
                err.println();
                if (e.getMessage().startsWith("professional")) {
                    err.println("No professional " + professional + " in your teams.");
                    return ExitCodes.USAGE;
                }
                err.println("No team " + team + " among yours (" + String.join(", ",
                        w.reports().teams(u).stream().map(ReportService.TeamChoice::code).toList()) + ").");
                return ExitCodes.USAGE;
            }
            DocumentCommand.Render.progress(err, 1, 2, "writing");
            w.reportFiles().write(u, indicators, f, l, out);
            DocumentCommand.Render.progress(err, 2, 2, "");
            err.println();
            err.printf("Report %s (%s) written to %s.%n", p.label(), indicators.scopeLabel(), out);
            return ExitCodes.OK;
        });
    }
}
