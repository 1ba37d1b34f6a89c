package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.documents.BuiltInTemplates;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.MissingDataException;
import cat.teixit.logic.settings.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit document}: documents from templates, headless (batch letters). Not thread-safe. */
@Command(name = "document", mixinStandardHelpOptions = true,
        description = "Documents from templates: list the templates, render PDF/A documents for case files.",
        subcommands = {DocumentCommand.Templates.class, DocumentCommand.Render.class})
final class DocumentCommand extends Subcommand.Group {

    /** What {@code --set} may fill: what a case file does not hold. */
    private static final Set<String> SETTABLE = Set.of("appointment", "session", "aid");

    /** {@code teixit document templates}. */
    @Command(name = "templates", mixinStandardHelpOptions = true,
            description = {"Lists the document templates: key, version (0: built in) and title in the language.",
                "Without --user, the built-in ones; with it, also the user's team's own and changed versions."})
    static final class Templates extends Subcommand {

        @Option(names = "--user", paramLabel = "USER", description = "Whose team's templates are listed too.")
        String user;

        @Option(names = "--lang", paramLabel = "ca|es|en", description = "Language of the titles (default: ui.language).")
        String lang;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Language l;
            try {
                l = language(lang);
            } catch (IllegalArgumentException e) {
                err().println(e.getMessage());
                return ExitCodes.USAGE;
            }
            if (user == null) {
                for (String key : BuiltInTemplates.KEYS) {
                    out.printf("%-20s %3d  %s%n", key, 0, BuiltInTemplates.title(key, l));
                }
                return ExitCodes.OK;
            }
            return withUser(user, (w, u) -> {
                for (DocumentService.TemplateInfo t : w.documents().templates(u, l)) {
                    out.printf("%-20s %3d  %s%n", t.key(), t.version(), t.title());
                }
                return ExitCodes.OK;
            });
        }
    }

    /** {@code teixit document render}. */
    @Command(name = "render", mixinStandardHelpOptions = true,
            description = {"Renders a template to PDF/A for one case file (--case, --out FILE) or for every open case "
                + "file of the user's team (--all-open, --out DIR; progress on standard error). Each document is also "
                + "filed in its case file (synced, in the social history) unless --no-file.",
                "The password comes from TEIXIT_PASSWORD, else from the first line of standard input."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:rendered", "1:unexpected failure (see the log)",
                "2:wrong usage, or data missing (each missing field is named; with --all-open the others are rendered)",
                "3:data directory in use by another Teixit", "11:login refused"})
    static final class Render extends Subcommand {

        @Option(names = "--user", paramLabel = "USER", required = true, description = "Who renders (and files) them.")
        String user;

        @Option(names = "--template", paramLabel = "NAME", required = true, description = "Template key (see document templates).")
        String template;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        static final class Target {
            @Option(names = "--case", paramLabel = "CASE_NUMBER", description = "The case file's number.")
            String caseNumber;

            @Option(names = "--all-open", description = "Every open case file of the user's team.")
            boolean allOpen;
        }

        @Option(names = "--lang", paramLabel = "ca|es|en", description = "Language of the document (default: ui.language).")
        String lang;

        @Option(names = "--out", paramLabel = "FILE|DIR", required = true,
                description = "The PDF (with --case) or the directory for the PDFs (with --all-open).")
        Path out;

        @Option(names = "--set", paramLabel = "KEY=VALUE",
                description = "A value the case file does not hold: appointment.date, appointment.time, appointment.place, "
                    + "appointment.professional, appointment.reason, session.title, session.date, session.time, "
                    + "session.place, session.facilitator, aid.date, aid.total. Repeatable.")
        List<String> sets = new ArrayList<>();

        @Option(names = "--no-file", description = "Do not file the documents in their case files.")
        boolean noFile;

        @Override
        public Integer call() {
            PrintWriter err = err();
            Language l;
            Map<String, Object> extra;
            try {
                l = language(lang);
                extra = extra(sets);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            return withUser(user, (w, u) -> {
                DocumentService docs = w.documents();
                if (docs.templates(u, l).stream().noneMatch(t -> t.key().equals(template))) {
                    err.println("No template " + template + " (see: teixit document templates).");
                    return ExitCodes.USAGE;
                }
                if (!target.allOpen) {
                    Optional<DocumentService.CaseRef> c = docs.caseFile(u, target.caseNumber);
                    if (c.isEmpty()) {
                        err.println("No case file " + target.caseNumber + " in your team.");
                        return ExitCodes.USAGE;
                    }
                    return one(docs, u, l, c.get(), extra, out, err) ? ExitCodes.OK : ExitCodes.USAGE;
                }
                return all(docs, u, l, extra, err);
            });
        }

        private int all(DocumentService docs, CurrentUser u, Language l, Map<String, Object> extra, PrintWriter err) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                err.println(out + " is a file: --all-open needs a directory.");
                return ExitCodes.USAGE;
            }
            List<DocumentService.CaseRef> cases = docs.openCaseFiles(u);
            int done = 0;
            int missing = 0;
            for (DocumentService.CaseRef c : cases) {
                progress(err, done, cases.size(), c.number());
                Path file = out.resolve(template + "-" + c.number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf");
                if (!one(docs, u, l, c, extra, file, err)) {
                    missing++;
                }
                done++;
            }
            progress(err, done, cases.size(), "");
            err.println();
            err.printf("%d documents rendered into %s, %d case files with data missing.%n", done - missing, out, missing);
            return missing == 0 ? ExitCodes.OK : ExitCodes.USAGE;
        }

        /** Renders one; false (with the missing fields or the refusal named) when data is missing or it is refused. */
        private boolean one(DocumentService docs, CurrentUser u, Language l, DocumentService.CaseRef c,
                Map<String, Object> extra, Path file, PrintWriter err) {
            try {
                DocumentService.Rendered r = docs.renderToFile(u, template, l, c.id(), extra, file);
                if (!noFile) {
                    docs.file(u, c.id(), r);
                }
                return true;
            } catch (MissingDataException e) {
                if (target.allOpen) {
                    err.println();
                }
                err.println(c.number() + ": data missing: " + String.join(", ", e.placeholders()));
                return false;
            } catch (cat.teixit.logic.common.ValidationException e) {
                if (target.allOpen) {
                    err.println();
                }
                // A referral letter to an external service without the person's consent to share the file.
                err.println(c.number() + ": refused: " + StoreMessages.refusal(e, l));
                return false;
            }
        }

        static void progress(PrintWriter err, int done, int total, String current) {
            int width = 30;
            int filled = total == 0 ? width : done * width / total;
            err.printf("\r[%s%s] %d/%d %-24s", "#".repeat(filled), "-".repeat(width - filled), done, total, current);
            err.flush();
        }

        /** {@code appointment.date=17/12/2026} as {@code {appointment: {date: ...}}}; only what a case file lacks. */
        static Map<String, Object> extra(List<String> sets) {
            Map<String, Map<String, Object>> byObject = new LinkedHashMap<>();
            for (String s : sets) {
                int eq = s.indexOf('=');
                int dot = s.indexOf('.');
                if (eq < 0 || dot < 0 || dot > eq || !SETTABLE.contains(s.substring(0, dot))
                        || s.substring(dot + 1, eq).contains(".")) {
                    throw new IllegalArgumentException("--set " + s + ": expected appointment.*, session.* or aid.* = value");
                }
                byObject.computeIfAbsent(s.substring(0, dot), k -> new HashMap<>()).put(s.substring(dot + 1, eq),
                        s.substring(eq + 1));
            }
            return new HashMap<>(byObject);
        }
    }
}
