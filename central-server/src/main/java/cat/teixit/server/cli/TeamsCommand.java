package cat.teixit.server.cli;

import cat.teixit.server.admin.Directory;
import cat.teixit.sync.protocol.PasswordHasher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code teams add}: adds a team; its code is the scope of its records. Not thread-safe (picocli fills it). */
@Command(name = "teams", mixinStandardHelpOptions = true, description = "Manage teams.",
        subcommands = TeamsCommand.Add.class)
final class TeamsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a team.")
    static final class Add implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Option(names = "--code", required = true, description = "team code, also its scope (e.g. GIR-N)")
        String code;

        @Option(names = "--name", required = true, description = "team name (e.g. \"EBASP Girona Nord\")")
        String name;

        @Option(names = "--area", required = true, description = "area name (e.g. \"ABSS Girona\")")
        String area;

        @Override
        public Integer call() throws Exception {
            try (DatabaseOptions.Opened opened = db.open()) {
                boolean added = new Directory(opened.database(), new PasswordHasher()).addTeam(code, name, area);
                System.out.println(added ? "Team " + code + " added." : "Team " + code + " already exists.");
                return added ? 0 : 1;
            }
        }
    }
}
