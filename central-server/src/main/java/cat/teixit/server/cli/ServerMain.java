package cat.teixit.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code teixit-server}: sub-commands to serve and to administer teams and users. Not thread-safe (picocli fills it). */
@Command(name = "teixit-server", mixinStandardHelpOptions = true, version = "teixit-server 0.1.0",
        description = "Teixit central server: the sync endpoint for Teixit workstations.",
        subcommands = {ServeCommand.class, TeamsCommand.class, UsersCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class})
public final class ServerMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }
}
