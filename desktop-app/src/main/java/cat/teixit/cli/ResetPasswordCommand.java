package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.StoreOpenException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code teixit reset-password USER}: a temporary password for a local account (a workstation without a central
 * server), printed once; the user must choose their own at the next login. Whoever may run it can already read the
 * data directory, so it asks for no login of its own.
 */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = "Gives a local account a temporary password (printed once) to be changed at its next login.")
final class ResetPasswordCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USER", description = "The user name of the local account.")
    String username;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = root.resolveDataDir();
        try (Workstation w = Workstation.open(dir, InstanceLock.acquire(dir), false)) {
            char[] temporary = w.auth().resetPassword(username);
            out.println("Temporary password for " + username.strip() + ": " + new String(temporary));
            out.println("Give it to the user in person; Teixit asks for a new password at the next login.");
            Arrays.fill(temporary, '\0');
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("No local account named " + username.strip() + " on this workstation.");
            return ExitCodes.USAGE;
        } catch (IllegalStateException e) {
            err.println("This workstation syncs with a central server: passwords are changed there.");
            return ExitCodes.USAGE;
        } catch (StoreOpenException e) {
            err.println(StoreMessages.english(e));
            return StoreMessages.exitCode(e);
        }
    }
}
