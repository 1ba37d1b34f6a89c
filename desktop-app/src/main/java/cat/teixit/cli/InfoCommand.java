package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Version;
import cat.teixit.app.Workstation;
import cat.teixit.logic.status.WorkstationStatus;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.StoreOpenException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code teixit info}: where the data is and what it holds, without personal data (for the IT person). */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the data directory, schema version and record counts (no personal data).")
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = root.resolveDataDir();
        out.printf("Teixit %s%n", Version.current());
        out.printf("Data directory: %s%n", dir);
        Path db = dir.resolve(LocalStore.DB_FILE);
        if (!Files.exists(db)) {
            out.println("No local store yet: it is created the first time Teixit opens this directory.");
            return ExitCodes.OK;
        }
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), false)) {
            WorkstationStatus.Counts c = w.status().counts();
            out.printf("Database file: %s (%,d bytes)%n", db, Files.size(db));
            out.printf("Device id: %s%n", w.hybridClock().deviceId());
            out.printf("Demo store: %s%n", c.demo() ? "yes" : "no");
            out.printf("Teams: %d%nUsers: %d%nChanges waiting to sync: %d%n", c.teams(), c.users(), c.pendingChanges());
            return ExitCodes.OK;
        } catch (StoreOpenException e) {
            spec.commandLine().getErr().println(StoreMessages.english(e));
            return StoreMessages.exitCode(e);
        }
    }
}
