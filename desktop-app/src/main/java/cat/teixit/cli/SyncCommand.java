package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Logging;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.logic.sync.NetworkSettings;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.sync.client.CrashPoints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit sync}: one synchronisation with the central server, headless (scheduled syncs). Not thread-safe. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Synchronises the data directory with the central server once, then quits: sends the changes "
                + "made here, receives the others'. Conflicts are kept for the Sync area of the window.",
            "The password comes from the environment variable TEIXIT_PASSWORD, else from the first line of standard "
                + "input; never as an argument. The first sync of a user needs the server; it also lets that user "
                + "log in offline afterwards."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:synchronised (conflicts to resolve and refused changes are counted on the output)",
            "1:unexpected failure (see the log)", "2:wrong usage (no server address, no password)",
            "3:data directory in use by another Teixit", "4:data file unreadable", "5:data file from a newer Teixit",
            "6:data directory not accessible", "10:server unreachable", "11:login refused (credentials, or another team’s unsent changes here)",
            "12:the server needs a newer Teixit", "13:the server's answer broke the protocol (nothing applied)",
            "14:the server refused a request"})
final class SyncCommand extends Subcommand {

    static final String PASSWORD_VARIABLE = "TEIXIT_PASSWORD";

    @Option(names = "--server", paramLabel = "URL",
            description = "The central server's address (default: sync.serverUrl of the data directory's settings).")
    String server;

    @Option(names = "--user", paramLabel = "USER", required = true, description = "Whose credentials log in.")
    String user;

    @Option(names = "--allow-plain-http", description = "Accept an http:// address (trials on one machine, tests).")
    boolean allowPlainHttp;

    private final CrashPoints crash;
    private final SyncService.Transports transports;

    SyncCommand() {
        this(CrashPoints.NONE, SyncService.Transports.http(null));
    }

    /**
     * For the tests that stop a sync at a labelled step of the engine or of the sync store, and watch what
     * it sends through {@code transports}.
     */
    SyncCommand(CrashPoints crash, SyncService.Transports transports) {
        this.crash = crash;
        this.transports = transports;
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        SyncSettings settings;
        try {
            settings = settings(root().resolveDataDir());
        } catch (IllegalArgumentException e) {
            err.println("The server address cannot be used: " + e.getMessage() + ".");
            return ExitCodes.USAGE;
        }
        if (!settings.configured()) {
            err.println("No server: give --server URL, or set " + SyncSettings.SERVER_URL + " in " + SettingsFile.FILE_NAME
                    + ".");
            return ExitCodes.USAGE;
        }
        return unlocked(user, (dir, lock, password) -> Workstation.openToSyncAs(dir, lock, user, password, settings,
                crash, transports), (w, dir, password) -> {
            Logging.toFile(dir);
            try {
                return loginAndSync(w, password, out, err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCodes.FAILURE;
            } catch (ExecutionException e) {
                err.println("The sync failed unexpectedly (details in the log).");
                return ExitCodes.FAILURE;
            }
        });
    }

    /** Logs the user in on {@code w} and syncs once; the exit code. */
    private int loginAndSync(Workstation w, char[] password, PrintWriter out, PrintWriter err)
            throws InterruptedException, ExecutionException {
        LoginResult login = w.auth().login(user, password);
        if (w.revoked()) {
            return remotelyWiped(w, err);
        }
        if (login instanceof LoginResult.Refused r) {
            err.println(refusal(r.reason()));
            return switch (r.reason()) {
                case SERVER_UNREACHABLE, PASSWORD_NOT_HERE_OFFLINE -> ExitCodes.SERVER_UNREACHABLE;
                case UPGRADE_REQUIRED -> ExitCodes.UPGRADE_REQUIRED;
                case EMPTY_FIELDS -> ExitCodes.USAGE;
                case BAD_CREDENTIALS, ACCOUNT_DISABLED, TOO_MANY_ATTEMPTS, OTHER_TEAM_UNSENT, NO_KEY_HERE ->
                        ExitCodes.LOGIN_REFUSED;
            };
        }
        SyncService.Result result = w.sync().syncNow(((LoginResult.Success) login).user()).get();
        if (w.revoked()) {
            return remotelyWiped(w, err);
        }
        SyncService.Status status = w.sync().status();
        return report(result, status, out, err);
    }

    /** The server revoked this device: the wipe is awaited (a minute at most; else the next start finishes it). */
    private static int remotelyWiped(Workstation w, PrintWriter err) throws InterruptedException {
        boolean erased;
        try {
            erased = w.remoteWipe().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            erased = false;
        }
        err.println(erased ? "The server has withdrawn this workstation: its local data was erased."
                : "The server has withdrawn this workstation: its local data is erased at the next start.");
        return ExitCodes.LOGIN_REFUSED;
    }

    private SyncSettings settings(Path dir) {
        Preferences prefs = new Preferences(new SettingsFile(dir));
        if (server == null) {
            SyncSettings saved = SyncSettings.from(prefs);
            return saved.configured()
                    ? SyncSettings.of(saved.serverUrl().toString(), saved.allowPlainHttp(), 0).withTrust(saved.trust())
                    : saved;
        }
        if (prefs.managed(SyncSettings.SERVER_URL)) {
            throw new IllegalArgumentException("the server address is managed by the IT department ("
                    + ManagedSettingsFile.system().path() + "); --server cannot change it");
        }
        boolean plain = allowPlainHttp || Boolean.parseBoolean(prefs.get(SyncSettings.ALLOW_PLAIN_HTTP, "false").strip());
        return SyncSettings.of(server, plain, 0).withTrust(NetworkSettings.trustManager(prefs).orElse(null));
    }

    /** {@link #password}, or null when none was given, after telling {@code err} where it is expected (exit code 2). */
    static char[] passwordOrSay(String user, PrintWriter err) {
        char[] password = password(user);
        if (password == null || password.length == 0) {
            err.println("No password: set " + PASSWORD_VARIABLE + " or give it on the first line of standard input.");
            return null;
        }
        return password;
    }

    /** The password of {@code user}: the environment variable, else asked at a terminal, else standard input's first line. */
    static char[] password(String user) {
        String env = System.getenv(PASSWORD_VARIABLE);
        if (env != null) {
            return env.toCharArray();
        }
        java.io.Console console = System.console();
        if (console != null && console.isTerminal()) {
            // At a terminal: asked for, not echoed.
            return console.readPassword("Password of %s: ", user);
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            return null;
        }
    }

    private static String refusal(LoginResult.Reason reason) {
        return switch (reason) {
            case SERVER_UNREACHABLE -> "The server cannot be reached, and this user has never synchronised here.";
            case UPGRADE_REQUIRED -> "The server needs a newer Teixit. Update Teixit.";
            case EMPTY_FIELDS -> "A user name and a password are needed.";
            case BAD_CREDENTIALS -> "The server refused the user name or password.";
            case ACCOUNT_DISABLED -> "This account is disabled.";
            case TOO_MANY_ATTEMPTS -> "Too many failed attempts; try again in a minute.";
            case OTHER_TEAM_UNSENT -> "This workstation holds changes of another team that are not on the server yet, "
                    + "and this user may not hold them: someone of that team must sync first.";
            case NO_KEY_HERE -> "This user has no key to this workstation's encrypted data yet.";
            case PASSWORD_NOT_HERE_OFFLINE -> "This password does not open this workstation's data, and the server "
                    + "cannot be reached: a password reset on the server works here once connected.";
        };
    }

    private static int report(SyncService.Result r, SyncService.Status status, PrintWriter out, PrintWriter err) {
        switch (r.outcome()) {
            case OK -> {
                out.printf("Synchronised: %d changes sent, %d records received.%n", r.pushed(), r.pulled());
                if (r.purgedScopes() > 0) {
                    out.printf("%d scopes removed from this workstation (no longer yours); %d changes waiting for them "
                            + "were refused.%n", r.purgedScopes(), r.lostChanges());
                }
                out.printf("Conflicts to resolve: %d%n", status.openConflicts());
                out.printf("Changes refused by the server: %d%n", status.rejections());
                if (status.failedUploads() > 0) {
                    out.printf("Attachments that could not be sent: %d%n", status.failedUploads());
                }
                return ExitCodes.OK;
            }
            case OFFLINE -> err.println("The server cannot be reached. Nothing was lost; the next sync continues.");
            case LOGIN_REFUSED -> err.println("The server refused the user name or password.");
            case UPGRADE_REQUIRED -> err.println("The server needs a newer Teixit. Update Teixit.");
            case PROTOCOL_ERROR -> err.println("The server's answer was not valid; nothing of it was applied (see the log).");
            case SERVER_ERROR -> err.println("The server refused a request (see the log). Nothing was lost.");
            default -> err.println("The sync did not finish (" + r.outcome() + "; see the log). Nothing was lost.");
        }
        return switch (r.outcome()) {
            case OFFLINE -> ExitCodes.SERVER_UNREACHABLE;
            case LOGIN_REFUSED -> ExitCodes.LOGIN_REFUSED;
            case UPGRADE_REQUIRED -> ExitCodes.UPGRADE_REQUIRED;
            case PROTOCOL_ERROR -> ExitCodes.PROTOCOL_ERROR;
            case SERVER_ERROR -> ExitCodes.SERVER_ERROR;
            default -> ExitCodes.FAILURE;
        };
    }
}
