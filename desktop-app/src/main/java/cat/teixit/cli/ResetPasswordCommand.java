package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code teixit reset-password USER}: a temporary password for a local account (a workstation without a central
 * server), printed once; the user must choose their own at the next login. The data is encrypted (decision 0032):
 * another user who has a key here unlocks it ({@code --by}, password as for {@code sync}), and the temporary password
 * gets the user a key of their own. Nobody else can: a forgotten password of the workstation's only user cannot be
 * reset here.
 */
@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = {"Gives a local account a temporary password (printed once) to be changed at its next login.",
            "Another user of this workstation unlocks its encrypted data (--by); the password comes from TEIXIT_PASSWORD, "
                    + "else from the first line of standard input."})
final class ResetPasswordCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "USER", description = "The user name of the local account.")
    String username;

    @picocli.CommandLine.Option(names = "--by", paramLabel = "USER", required = true,
            description = "A user with a key to this workstation, who unlocks its data.")
    String by;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        PrintWriter err = err();
        try {
            return unlocked(by, (w, dir, password) -> {
                char[] temporary = w.auth().resetPassword(username);
                out.println("Temporary password for " + username.strip() + ": " + new String(temporary));
                out.println("Give it to the user in person; Teixit asks for a new password at the next login.");
                Arrays.fill(temporary, '\0');
                return ExitCodes.OK;
            });
        } catch (IllegalArgumentException e) {
            err.println("No local account named " + username.strip() + " on this workstation.");
            return ExitCodes.USAGE;
        } catch (IllegalStateException e) {
            err.println("This workstation syncs with a central server: passwords are changed there.");
            return ExitCodes.USAGE;
        }
    }
}
