package cat.teixit.server.cli;

import cat.teixit.server.admin.Directory;
import cat.teixit.sync.protocol.PasswordHasher;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code users add|grant|revoke|deactivate|activate}: user accounts and the scopes they hold. Not thread-safe
 * (picocli fills it).
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage users.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Grant.class, UsersCommand.Revoke.class,
            UsersCommand.Password.class})
final class UsersCommand {

    /**
     * What add and password share: the database, the user and their password (from {@code --password-env}, else the
     * console or standard input, wiped when done); {@link #withPassword} is the one step.
     */
    abstract static class PasswordChange implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding the password")
        String passwordEnv;

        @Override
        public final Integer call() throws Exception {
            char[] password = readPassword(passwordEnv, username);
            try (DatabaseOptions.Opened opened = db.open()) {
                return withPassword(new Directory(opened.database(), new PasswordHasher()), password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }

        /** Changes the directory with the user's {@code password}; returns the exit code. */
        abstract int withPassword(Directory directory, char[] password) throws Exception;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user holding the team's scope. The password comes from --password-env, else from stdin.")
    static final class Add extends PasswordChange {

        @Option(names = "--display-name", description = "full name (default: the user name)")
        String displayName;

        @Option(names = "--team", required = true, description = "team code")
        String team;

        @Option(names = "--role", required = true, split = ",",
                description = "SOCIAL_WORKER, SOCIAL_EDUCATOR, FAMILY_WORKER, TEAM_LEAD, ADMINISTRATIVE or ADMINISTRATOR (repeatable)")
        List<String> roles;

        @Override
        int withPassword(Directory directory, char[] password) throws Exception {
            boolean added = directory.addUser(username, displayName == null ? username : displayName, password, team,
                    roles);
            System.out.println(added ? "User " + username + " added." : "User " + username + " already exists.");
            return added ? 0 : 1;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = {
        "Give a user a new password (from --password-env, else from stdin): every session of theirs ends.",
        "Their laptops open their data with it at the next sign-in, while connected (docs/encryption.md)."})
    static final class Password extends PasswordChange {

        @Override
        int withPassword(Directory directory, char[] password) throws Exception {
            if (!directory.setPassword(username, password)) {
                System.err.println("No user " + username + ".");
                return 1;
            }
            System.out.println("Password of " + username + " changed; their sessions ended.");
            return 0;
        }
    }

    /** The password from the environment variable {@code passwordEnv}, else the console, else standard input. */
    private static char[] readPassword(String passwordEnv, String username) throws java.io.IOException {
        if (passwordEnv != null) {
            String v = System.getenv(passwordEnv);
            if (v == null) {
                throw new IllegalArgumentException("environment variable " + passwordEnv + " is not set");
            }
            return v.toCharArray();
        }
        if (System.console() != null) {
            return System.console().readPassword("Password for %s: ", username);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on stdin");
        }
        return line.toCharArray();
    }

    /** What grant and revoke share: the database, the user and the scope; {@link #change} is the one step. */
    abstract static class ScopeChange implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--scope", required = true)
        String scope;

        @Override
        public final Integer call() throws Exception {
            try (DatabaseOptions.Opened opened = db.open()) {
                System.out.println(change(new Directory(opened.database(), new PasswordHasher())));
                return 0;
            }
        }

        /** Changes the user's scopes; returns the line to print. */
        abstract String change(Directory directory) throws Exception;
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Let a user hold another scope.")
    static final class Grant extends ScopeChange {

        @Option(names = "--read-only", description = "pull and download only; pushes to it are rejected")
        boolean readOnly;

        @Override
        String change(Directory directory) throws Exception {
            directory.grantScope(username, scope, !readOnly);
            return "Scope " + scope + " granted to " + username + (readOnly ? " (read only)." : ".");
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Take a scope away; the user's devices purge it at their next sync.")
    static final class Revoke extends ScopeChange {

        @Override
        String change(Directory directory) throws Exception {
            directory.revokeScope(username, scope);
            return "Scope " + scope + " revoked from " + username + ".";
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true, description = {
        "Deactivate a user: login and token refresh are refused, and every session ends at once.",
        "Nothing is deleted; the user's records keep their author. Undo with users activate (the user logs in again)."})
    int deactivate(@Mixin DatabaseOptions db, @Option(names = "--username", required = true) String username)
            throws Exception {
        return setActive(db, username, false);
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Reactivate a deactivated user.")
    int activate(@Mixin DatabaseOptions db, @Option(names = "--username", required = true) String username)
            throws Exception {
        return setActive(db, username, true);
    }

    /** Deactivates or reactivates a user; the one place of the message and exit code of both commands. */
    private static int setActive(DatabaseOptions db, String username, boolean active) throws Exception {
        try (DatabaseOptions.Opened opened = db.open()) {
            if (!new Directory(opened.database(), new PasswordHasher()).setActive(username, active)) {
                System.err.println("No user " + username + ".");
                return 1;
            }
            System.out.println("User " + username + (active ? " reactivated." : " deactivated."));
            return 0;
        }
    }
}
