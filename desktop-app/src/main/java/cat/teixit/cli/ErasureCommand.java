package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.privacy.Erasure;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.logic.settings.Language;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit erasure}: closed case files past their retention period, legal holds, anonymisation. Not thread-safe. */
@Command(name = "erasure", mixinStandardHelpOptions = true,
        description = {"Erasure after the retention period (privacy.retentionYears, default 5): lists the closed case "
            + "files due, puts or lifts a legal hold, anonymises one (team leads). The anonymisation syncs: the server "
            + "and every workstation get it.",
            "The password comes from TEIXIT_PASSWORD, else from the first line of standard input."},
        subcommands = {ErasureCommand.Due.class, ErasureCommand.Hold.class, ErasureCommand.Anonymise.class})
final class ErasureCommand extends Subcommand.Group {

    /** A sub-command for team leads. */
    abstract static class LeadCommand extends Subcommand {
        /** Runs {@code work} for the team lead {@code user}; refusals as messages and exit code 2. */
        int asLead(String user, LeadWork work) {
            PrintWriter err = err();
            Language language = language(null);
            return withUser(user, (w, u) -> {
                try {
                    return work.run(w.erasure(), u);
                } catch (AccessDeniedException e) {
                    err.println("Not allowed: erasure is for team leads.");
                } catch (NotFoundException e) {
                    err.println("No such case file among the user's teams.");
                } catch (ValidationException e) {
                    err.println(StoreMessages.refusal(e, language));
                }
                return ExitCodes.USAGE;
            });
        }
    }

    @FunctionalInterface
    interface LeadWork {
        int run(Erasure erasure, cat.teixit.logic.auth.CurrentUser lead);
    }

    /** A sub-command for team leads on one case file of their teams, named by its number ({@code --case}). */
    abstract static class CaseFileCommand extends LeadCommand {
        @Option(names = "--case", paramLabel = "NUMBER", required = true, description = "The case file's number.")
        String number;

        /** The case file numbered {@code --case} among {@code lead}'s teams (none: {@link #asLead} tells so). */
        UUID caseFile(Erasure e, cat.teixit.logic.auth.CurrentUser lead) {
            return e.caseFileNumbered(lead, number).orElseThrow(() -> new NotFoundException("case file"));
        }
    }

    /** {@code teixit erasure due}. */
    @Command(name = "due", mixinStandardHelpOptions = true,
            description = "Lists the closed case files whose retention period has ended (held ones marked).")
    static final class Due extends LeadCommand {
        @Option(names = "--user", paramLabel = "USER", required = true, description = "Who asks (a team lead).")
        String user;
        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Due by this day instead of today.")
        LocalDate until;

        @Override
        public Integer call() {
            PrintWriter out = out();
            return asLead(user, (e, u) -> {
                LocalDate day = until == null ? e.today() : until;
                for (Erasure.Due d : e.due(u, day)) {
                    out.printf("%-28s closed %s  due %s  %s%n", d.number(), d.closedOn(), d.dueOn(),
                            d.legalHold() == null ? "" : "LEGAL HOLD: " + d.legalHold());
                }
                return ExitCodes.OK;
            });
        }
    }

    /** {@code teixit erasure hold}. */
    @Command(name = "hold", mixinStandardHelpOptions = true,
            description = "Puts a legal hold on a case file (it is not anonymised while held), or lifts it (--lift).")
    static final class Hold extends CaseFileCommand {
        @Option(names = "--user", paramLabel = "USER", required = true, description = "Who holds it (a team lead).")
        String user;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is kept (a court case, an inspection).")
        String reason;
        @Option(names = "--lift", description = "Lifts the hold.")
        boolean lift;

        @Override
        public Integer call() {
            if (lift == (reason != null)) {
                err().println("Give either --reason TEXT or --lift.");
                return ExitCodes.USAGE;
            }
            return asLead(user, (e, u) -> {
                e.hold(u, caseFile(e, u), lift ? null : reason);
                err().println(lift ? "Legal hold lifted." : "Legal hold set.");
                return ExitCodes.OK;
            });
        }
    }

    /** {@code teixit erasure anonymise}. */
    @Command(name = "anonymise", mixinStandardHelpOptions = true,
            description = {"Anonymises a closed case file past its retention period and not held: prints what was "
                + "removed. Cannot be undone."})
    static final class Anonymise extends CaseFileCommand {
        @Option(names = "--user", paramLabel = "USER", required = true, description = "Who anonymises (a team lead).")
        String user;

        @Override
        public Integer call() {
            PrintWriter out = out();
            return asLead(user, (e, u) -> {
                Erasure.Report r = e.anonymise(u, caseFile(e, u));
                out.printf("Case file %s anonymised: %d people anonymised, %d kept (in another case file), "
                        + "%d attachment files and %d store backups deleted.%n", r.caseNumber(), r.peopleAnonymised(),
                        r.peopleKept(), r.filesDeleted(), r.backupsDeleted());
                for (Map.Entry<String, Integer> c : new java.util.TreeMap<>(r.records()).entrySet()) {
                    out.printf("  %-20s %d%n", c.getKey(), c.getValue());
                }
                return ExitCodes.OK;
            });
        }
    }
}
