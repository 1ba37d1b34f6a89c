package cat.teixit.logic.auth;

import java.util.List;
import java.util.Map;

/**
 * The central system as the authority on who may log in, when the workstation syncs with one: the
 * first login of a user checks there; later logins check there when it answers, and against the
 * local cache when it cannot be reached. Implementations are thread-safe.
 */
public interface RemoteAuthenticator {

    /** Who the server says the user is, and what it may hold now. Immutable. */
    record ServerIdentity(String username, String displayName, String teamCode, String teamName, String areaName,
            List<String> roles, Map<String, Boolean> scopes, List<Colleague> colleagues) {
        public ServerIdentity {
            roles = List.copyOf(roles);
            scopes = Map.copyOf(scopes);
            colleagues = List.copyOf(colleagues);
        }
    }

    /** A professional whose records the user may see: to name the authors of records. Immutable. */
    record Colleague(String username, String displayName, String teamCode) {
    }

    /** What the server answered a login. */
    sealed interface Answer {
        /** The server knows the user and the password. */
        record Verified(ServerIdentity identity) implements Answer {
        }

        /** The server refused the user name or password. */
        record Refused() implements Answer {
        }

        /** The server locked this user name for a while after too many failed logins. */
        record LockedOut() implements Answer {
        }

        /** The server cannot be reached (or failed): the local cache decides. */
        record Unreachable() implements Answer {
        }

        /** The server refuses this version of Teixit: the local cache decides, the user should update. */
        record UpgradeRequired() implements Answer {
        }
    }

    /** True when a server is configured; otherwise only local accounts exist. */
    boolean configured();

    /** Asks the server; never throws for a server or network failure. Does not keep {@code password}. */
    Answer authenticate(String username, char[] password);

    /** A login succeeded (online or offline): the session may sync as this user; {@code password} is copied. */
    void loggedIn(CurrentUser user, String username, char[] password);

    /** The user logged out: forget the session and its credentials. */
    void loggedOut();
}
