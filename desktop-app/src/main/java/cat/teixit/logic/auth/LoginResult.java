package cat.teixit.logic.auth;

/** The outcome of a login attempt. Immutable. */
public sealed interface LoginResult {

    /**
     * The credentials are right. With {@code mustChangePassword} (a password someone else set) the user is not
     * logged in yet: {@code AuthService.changePassword} with a new one of theirs completes the login.
     */
    record Success(CurrentUser user, boolean mustChangePassword) implements LoginResult {
        public Success(CurrentUser user) {
            this(user, false);
        }
    }

    /** Refused; the reason is deliberately vague towards the user (no hint whether the name exists). */
    record Refused(Reason reason) implements LoginResult {
    }

    /** Why a login was refused. */
    enum Reason {
        EMPTY_FIELDS, BAD_CREDENTIALS, ACCOUNT_DISABLED, TOO_MANY_ATTEMPTS,
        /** The server cannot be reached and this user never logged in here online: the first login needs it. */
        SERVER_UNREACHABLE,
        /** The server refuses this version of Teixit and this user never logged in here online. */
        UPGRADE_REQUIRED,
        /**
         * This workstation holds changes not yet sent, of scopes this user may not hold, made by someone
         * else: this user's sync would purge them, so someone of that team must sync first.
         */
        OTHER_TEAM_UNSENT,
        /**
         * This workstation's data is encrypted and this user has no key to it yet: someone who has one must sign in
         * first in this session; the user then signs in after them and gets theirs (decision 0032).
         */
        NO_KEY_HERE,
        /**
         * The password does not open this workstation's data, and the central server, which could tell a password
         * reset there (decision 0046), cannot be reached: wrong, or new and the first sign-in with it needs the server.
         */
        PASSWORD_NOT_HERE_OFFLINE
    }
}
