package cat.teixit.server.cli;

import cat.teixit.server.admin.DemoData;
import cat.teixit.server.admin.Directory;
import cat.teixit.sync.protocol.PasswordHasher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: adds the workstation's demo teams and users (password teixit2026). Not thread-safe (picocli fills it). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Add the demo teams (GIR-N, SALT) and users (laia, jordi, montse, pau, admin).")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        try (DatabaseOptions.Opened opened = db.open()) {
            int added = DemoData.seed(new Directory(opened.database(), new PasswordHasher()));
            System.out.println("Demo area ready: " + added + " users added, password " + DemoData.DEMO_PASSWORD + ".");
            return 0;
        }
    }
}
