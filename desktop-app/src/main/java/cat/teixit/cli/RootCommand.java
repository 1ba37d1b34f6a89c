package cat.teixit.cli;

import cat.teixit.bench.AidScanBenchCommand;
import cat.teixit.bench.CaseFileBenchCommand;
import cat.teixit.bench.CaseFilesBenchProbe;
import cat.teixit.bench.ReportBenchCommand;
import cat.teixit.bench.StartupBenchProbe;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.StartupProbe;
import cat.teixit.app.GuiLauncher;
import cat.teixit.app.Version;
import cat.teixit.logic.settings.ManagedSettingException;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.sync.SyncSettings;
import cat.teixit.persistence.DataDirectories;
import cat.teixit.persistence.ManagedSettingsFile;
import cat.teixit.persistence.SettingsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code teixit}: opens the workstation's window; sub-commands run headless jobs. */
@Command(name = "teixit", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionProvider.class,
        description = "Teixit: the workstation of basic social services. Without a sub-command, opens the window.",
        subcommands = {InfoCommand.class, GenerateCommand.class, SyncCommand.class, DocumentCommand.class, ReportCommand.class,
            AidCommand.class, ErasureCommand.class,
            VerifyCommand.class, SelfTestCommand.class, ResetPasswordCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:unexpected failure (see the log)", "2:wrong usage",
            "3:data directory in use by another Teixit", "4:data file unreadable (corrupt?)",
            "5:data file from a newer Teixit", "6:data directory not accessible",
            "7:the window cannot open: no graphical display, or a system library it needs is missing"})
public final class RootCommand implements Callable<Integer> {

    /** Default data directory name (under the user's data directory). */
    public static final String APP_DIR = "teixit";
    /** Default data directory name for the demo store, kept apart from real data. */
    public static final String DEMO_DIR = "teixit-demo";

    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (default: the user's data directory; ${sys:user.home}/.local/share/teixit on Linux).")
    Path dataDir;

    @Option(names = "--demo", description = "Use the demo store (fictitious data; default directory teixit-demo) "
            + "and seed it on first run.")
    boolean demo;

    /** Reads the managed settings from {@code file} instead of the system's location (tests, trials). */
    @Option(names = "--managed-settings", paramLabel = "FILE",
            description = "Read the IT department's managed settings from FILE instead of /etc/teixit/teixit.properties "
                    + "(Windows: %ProgramData%\\Teixit\\teixit.properties).")
    void managedSettings(Path file) {
        System.setProperty(ManagedSettingsFile.OVERRIDE, file.toAbsolutePath().toString());
    }

    @Option(names = "--server", paramLabel = "URL",
            description = "Synchronise this data directory with the central server at URL (saved in its settings).")
    String server;

    @Option(names = "--allow-plain-http",
            description = "With --server: accept an http:// address (a trial server on this machine; saved too).")
    boolean allowPlainHttp;

    @Option(names = "--bench-startup", hidden = true,
            description = "Benchmark: log in as a demo user, print start-up timings and quit.")
    boolean benchStartup;

    @Option(names = "--bench-casefiles", hidden = true, paramLabel = "N",
            description = "Benchmark: log in as laia, open N case files, type searches; print heap and frame gaps; quit.")
    int benchCaseFiles;

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        RootCommand root = new RootCommand();
        if (root.windowOptions(args)) {
            // The window's usual command lines (the menu entry's has no argument) skip picocli: its classes are too
            // old for the start-up cache, and building the whole command line took ~0.3 s before the window began.
            try {
                return root.call();
            } catch (RuntimeException e) {
                return failed(e, System.err::println);
            }
        }
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new CaseFileBenchCommand(root::resolveDataDir));
        cl.addSubcommand(new ReportBenchCommand(root::resolveDataDir));
        cl.addSubcommand(new AidScanBenchCommand(root::resolveDataDir));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> failed(ex, cmd.getErr()::println));
        return cl.execute(args);
    }

    /**
     * Takes {@code args} when they only open the window with the options a launcher or a shortcut gives (nothing,
     * {@code --demo}, {@code --data-dir DIR}, {@code --bench-startup}, each once), setting them as picocli would;
     * false for anything else (sub-commands, help, other options, errors), which picocli then parses.
     */
    boolean windowOptions(String... args) {
        Path dir = null;
        boolean withDemo = false;
        boolean bench = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> {
                    if (withDemo) {
                        return false;
                    }
                    withDemo = true;
                }
                case "--bench-startup" -> {
                    if (bench) {
                        return false;
                    }
                    bench = true;
                }
                case "--data-dir" -> {
                    if (dir != null || i + 1 == args.length || args[i + 1].startsWith("-")) {
                        return false;
                    }
                    try {
                        dir = Path.of(args[++i]);
                    } catch (java.nio.file.InvalidPathException e) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        dataDir = dir;
        demo = withDemo;
        benchStartup = bench;
        return true;
    }

    /** What the user reads when the command failed, and its exit code. */
    private static int failed(Exception ex, java.util.function.Consumer<String> err) {
        if (ex instanceof GuiLauncher.WindowUnavailableException w) {
            err.accept(w.getMessage());
            return w.exitCode();
        }
        err.accept("Teixit failed: " + ex.getMessage() + " (details in the log)");
        return ExitCodes.FAILURE;
    }

    /** The data directory to use, resolved from the options. */
    Path resolveDataDir() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        return DataDirectories.defaultFor(demo ? DEMO_DIR : APP_DIR);
    }

    @Override
    public Integer call() {
        if (server != null) {
            try {
                SyncSettings.of(server, allowPlainHttp, SyncSettings.DEFAULT_INTERVAL_MINUTES);
            } catch (IllegalArgumentException e) {
                System.err.println("The server address cannot be used: " + e.getMessage() + ".");
                return ExitCodes.USAGE;
            }
            Preferences prefs = new Preferences(new SettingsFile(resolveDataDir()));
            try {
                prefs.set(SyncSettings.SERVER_URL, server.strip());
                prefs.set(SyncSettings.ALLOW_PLAIN_HTTP, Boolean.toString(allowPlainHttp));
            } catch (ManagedSettingException e) {
                System.err.println("The setting " + e.key() + " is managed by the IT department ("
                        + ManagedSettingsFile.system().path() + "); --server cannot change it.");
                return ExitCodes.USAGE;
            }
        }
        StartupProbe probe = benchCaseFiles > 0 ? new CaseFilesBenchProbe(benchCaseFiles)
                : benchStartup ? new StartupBenchProbe() : StartupProbe.NONE;
        return GuiLauncher.run(resolveDataDir(), demo, probe);
    }

    /** Version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Teixit " + Version.current(), "Java " + Runtime.version()};
        }
    }
}
