package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Version;
import cat.teixit.logic.status.WorkstationStatus;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.PlaintextStore;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.persistence.LocalStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code teixit info}: where the data is and what it holds, without personal data (for the IT person). */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Shows the data directory, schema version and record counts (no personal data).",
            "The data is encrypted: the counts need --user (the password comes from TEIXIT_PASSWORD, else from the "
                    + "first line of standard input)."})
final class InfoCommand extends Subcommand {

    @picocli.CommandLine.Option(names = "--user", paramLabel = "USER",
            description = "Who unlocks the encrypted data to count its records.")
    String user;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path dir = root().resolveDataDir();
        out.printf("Teixit %s%n", Version.current());
        out.printf("Data directory: %s%n", dir);
        Path db = dir.resolve(LocalStore.DB_FILE);
        if (!Files.exists(db)) {
            out.println("No local store yet: it is created the first time Teixit opens this directory.");
            return ExitCodes.OK;
        }
        out.printf("Database file: %s (%,d bytes, %s)%n", db, Files.size(db),
                PlaintextStore.isPlain(db) ? "not encrypted yet: it is at the next sign-in" : "encrypted");
        KeyRing ring = new KeyRing(dir, new PasswordHasher());
        out.printf("Users with a key here: %d%n", ring.size());
        if (user == null) {
            out.println("Give --user to unlock the data and count its records.");
            return ExitCodes.OK;
        }
        return unlocked(user, (w, unlockedDir, password) -> {
            WorkstationStatus.Counts c = w.status().counts();
            out.printf("Device id: %s%n", w.hybridClock().deviceId());
            out.printf("Demo store: %s%n", c.demo() ? "yes" : "no");
            out.printf("Teams: %d%nUsers: %d%nChanges waiting to sync: %d%n", c.teams(), c.users(), c.pendingChanges());
            return ExitCodes.OK;
        });
    }
}
