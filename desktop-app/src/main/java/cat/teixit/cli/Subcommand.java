package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Logging;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.persistence.StoreOpenException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the headless sub-commands share: their output and error, the root command's data directory, the language of
 * what they write, and a user logged in to run their work. Not thread-safe.
 */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The command line's root command ({@code --data-dir}, {@code --demo}). */
    RootCommand root() {
        return (RootCommand) spec.root().userObject();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The language {@code tag} names, or the settings' (ui.language) without one; a wrong tag is refused. */
    Language language(String tag) {
        if (tag == null) {
            return new Preferences(new SettingsFile(root().resolveDataDir())).language();
        }
        return Language.fromTag(tag).orElseThrow(() -> new IllegalArgumentException("--lang must be ca, es or en"));
    }

    /**
     * Opens the workstation with {@code username}'s key (the password as for {@code sync}) and runs {@code work};
     * a store that cannot be opened is told on standard error. An exit code; the password is cleared after.
     */
    int unlocked(String username, UnlockedWork work) {
        return unlocked(username, (dir, lock, password) -> Workstation.openAs(dir, lock, username, password), work);
    }

    /** {@link #unlocked(String, UnlockedWork)}, the workstation opened by {@code opener} (e.g. to sync). */
    int unlocked(String username, Opener opener, UnlockedWork work) {
        PrintWriter err = err();
        Path dir = root().resolveDataDir();
        char[] password = SyncCommand.passwordOrSay(username, err);
        if (password == null) {
            return ExitCodes.USAGE;
        }
        try (Workstation w = opener.open(dir, InstanceLock.acquire(dir), password)) {
            return work.run(w, dir, password);
        } catch (StoreOpenException e) {
            err.println(StoreMessages.english(e));
            return StoreMessages.exitCode(e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** {@link #unlocked}, then logs the user in and runs {@code work} as them; a refused login is told. */
    int withUser(String username, UserWork work) {
        return unlocked(username, (w, dir, password) -> {
            Logging.toFile(dir);
            LoginResult login = w.auth().login(username, password);
            if (login instanceof LoginResult.Refused r) {
                err().println("Login refused (" + r.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + ").");
                return ExitCodes.LOGIN_REFUSED;
            }
            return work.run(w, ((LoginResult.Success) login).user());
        });
    }

    /** Opens the workstation of {@code dataDir}, locked by {@code lock}, with the user's key. */
    @FunctionalInterface
    interface Opener {
        Workstation open(Path dataDir, InstanceLock lock, char[] password) throws StoreOpenException;
    }

    @FunctionalInterface
    interface UnlockedWork {
        int run(Workstation w, Path dataDir, char[] password);
    }

    @FunctionalInterface
    interface UserWork {
        int run(Workstation w, CurrentUser user);
    }

    /** A command that only groups sub-commands: run alone, it prints its usage (exit code 2). */
    abstract static class Group extends Subcommand {
        @Override
        public Integer call() {
            spec.commandLine().usage(err());
            return ExitCodes.USAGE;
        }
    }
}
