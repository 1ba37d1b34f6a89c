package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.aid.AidSimulator;
import cat.teixit.logic.aid.AidText;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.aid.HouseholdJson;
import cat.teixit.logic.aid.InvalidHouseholdException;
import cat.teixit.logic.aid.RuleBook;
import cat.teixit.logic.settings.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit aid}: the aid simulator, headless. */
@Command(name = "aid", mixinStandardHelpOptions = true, description = "The aid simulator, headless.",
        subcommands = {AidCommand.Simulate.class, AidCommand.Rules.class})
final class AidCommand {

    /** {@code teixit aid simulate}: every aid for a household described in a JSON file; nothing is stored. */
    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = {"Assesses every aid (IMV, its child supplement, RGC, electricity social discount, Barcelona "
                + "school-canteen grants) for the household in a JSON file (see docs/aids.md), with the reasoning and the "
                + "legal source of each figure. Nothing is stored. Rule sets of the data directory's aid-rules/ folder "
                + "are used besides the bundled ones."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:simulated", "1:unexpected failure (see the log)",
                "2:wrong usage or invalid household (the message says what)"})
    static final class Simulate extends Subcommand {

        @Option(names = "--household", paramLabel = "FILE.json", required = true, description = "The household (JSON).")
        Path household;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "The date of the simulation (default: the file's \"date\", else today).")
        String date;

        @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
                description = "json or text (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--lang", paramLabel = "ca|es|en",
                description = "Language of the reasoning, the levels and the text (default: ui.language, Catalan unless "
                    + "set). JSON field names and aid codes are the same in every language.")
        String lang;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            if (!format.equals("json") && !format.equals("text")) {
                err.println("--format must be json or text, not " + format + ".");
                return ExitCodes.USAGE;
            }
            Language language;
            try {
                language = language(lang);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage() + ", not " + lang + ".");
                return ExitCodes.USAGE;
            }
            LocalDate on;
            try {
                on = date == null ? null : LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                err.println("--date must be a date as YYYY-MM-DD, not " + date + ".");
                return ExitCodes.USAGE;
            }
            String json;
            try {
                json = Files.readString(household, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                err.println("No such file: " + household + ".");
                return ExitCodes.USAGE;
            } catch (CharacterCodingException e) {
                err.println(household + " is not UTF-8 text.");
                return ExitCodes.USAGE;
            } catch (IOException e) {
                err.println("Cannot read " + household + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            RuleBook rules;
            try {
                rules = RuleBook.load(root().resolveDataDir().resolve("aid-rules"));
            } catch (RuleBook.InvalidRuleSetException e) {
                err.println("A rule set in the data directory is not valid: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            Household h;
            List<AidResult> results;
            try {
                h = HouseholdJson.read(json, on, LocalDate.now());
                results = new AidSimulator(rules).simulate(h);
            } catch (InvalidHouseholdException e) {
                err.println("Invalid household in " + household + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
            out.print(format.equals("json") ? HouseholdJson.write(h.date(), results, language) + System.lineSeparator()
                    : AidText.render(h.date(), results, language));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /**
     * {@code teixit aid rules}: the council's rule sets kept in this store (shared with every workstation by the sync);
     * with {@code --load FILE}, checks a new period's figures and keeps them (an administrator).
     */
    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = {"Lists the aid rule sets the council loaded (shared with every workstation by the sync), or "
                + "with --load checks a rule file (e.g. rgc-2027.properties, the format of docs/aids.md) and keeps it, to be "
                + "sent to the centre at the next sync. Loading needs an administrator (EDIT_AID_RULES)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed or loaded", "1:unexpected failure (see the log)",
                "2:wrong usage, not allowed, or not a valid rule file (the message says what)", "3:data directory in use",
                "11:login refused"})
    static final class Rules extends Subcommand {

        @Option(names = "--user", paramLabel = "USER", required = true, description = "Who asks.")
        String user;

        @Option(names = "--load", paramLabel = "FILE", description = "A rule file to check and keep.")
        Path load;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            String text = null;
            if (load != null) {
                try {
                    if (Files.size(load) > cat.teixit.logic.aid.AidRuleService.MAX_CHARS * 4L) {
                        err.println(load + " is too large for a rule file.");
                        return ExitCodes.USAGE;
                    }
                    text = Files.readString(load, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    err.println("No such file: " + load + ".");
                    return ExitCodes.USAGE;
                } catch (IOException e) {
                    err.println("Cannot read " + load + " as UTF-8 text.");
                    return ExitCodes.USAGE;
                }
            }
            String content = text;
            return withUser(user, (w, u) -> {
                if (content != null) {
                    try {
                        var set = w.aidRules().load(u, load.getFileName().toString(), content);
                        out.printf("Loaded %s: %s from %s to %s; sent to the centre at the next sync.%n",
                                load.getFileName(), set.aid(), set.from(), set.to());
                    } catch (cat.teixit.logic.security.AccessDeniedException e) {
                        err.println("Not allowed: loading aid rules is for an administrator.");
                        return ExitCodes.USAGE;
                    } catch (cat.teixit.logic.common.ValidationException e) {
                        var p = e.errors().get("file");
                        err.println(java.text.MessageFormat.format(java.util.ResourceBundle.getBundle("i18n.messages",
                                java.util.Locale.ENGLISH).getString(p.key()), p.args()));
                        return ExitCodes.USAGE;
                    }
                }
                List<String> names = w.aidRules().loaded();
                out.println(names.isEmpty() ? "No rule sets loaded by the council here (the bundled ones apply)."
                        : "Rule sets loaded by the council: " + String.join(", ", names));
                out.flush();
                return ExitCodes.OK;
            });
        }
    }
}
