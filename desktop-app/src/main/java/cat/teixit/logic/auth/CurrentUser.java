package cat.teixit.logic.auth;

import cat.teixit.model.user.Role;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The professional logged in on this workstation, as the rest of the app needs to know them: their team's
 * scope (where their new records go) and the other scopes the server granted them, read only or not.
 * Immutable.
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, UUID teamId, String teamName,
        String areaName, String scope, Map<String, Boolean> grants) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        grants = Map.copyOf(grants);
    }

    /** A user holding only their team's scope. */
    public CurrentUser(UUID id, String username, String displayName, Set<Role> roles, UUID teamId, String teamName,
            String areaName, String scope) {
        this(id, username, displayName, roles, teamId, teamName, areaName, scope, Map.of());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Every scope whose records this user may see here: the team's and the granted ones. */
    public Set<String> visibleScopes() {
        Set<String> all = new TreeSet<>(grants.keySet());
        all.add(scope);
        return all;
    }

    /** Whether this user may change records of {@code recordScope} (their team's, or granted for writing). */
    public boolean mayWrite(String recordScope) {
        return scope.equals(recordScope) || grants.getOrDefault(recordScope, false);
    }
}
