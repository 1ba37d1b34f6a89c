package cat.teixit.server.cli;

import cat.teixit.server.db.EmbeddedDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code teixit-server}: sub-commands to serve and to administer teams and users. Not thread-safe (picocli fills it). */
@Command(name = "teixit-server", mixinStandardHelpOptions = true, version = "teixit-server 0.1.0",
        description = "Teixit central server: the sync endpoint for Teixit workstations.",
        subcommands = {ServeCommand.class, TeamsCommand.class, UsersCommand.class, DevicesCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class ServerMain {

    /** Exit code when the embedded database's data directory is in use by another process. */
    public static final int DATA_DIR_IN_USE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with a plain message (no stack trace) for a data directory in use. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof EmbeddedDatabase.InUseException) {
                line.getErr().println(e.getMessage());
                return DATA_DIR_IN_USE;
            }
            throw e;
        });
        return cli;
    }
}
