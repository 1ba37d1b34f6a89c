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

    /**
     * The user an account logs in as: their team's code is their scope (the row's own scope column keeps the team the
     * account was made in), the other scopes the server granted them besides.
     */
    public static CurrentUser of(cat.teixit.model.user.UserAccount u) {
        String teamScope = u.getTeam().getCode();
        Map<String, Boolean> grants = new java.util.TreeMap<>(u.getGrantedScopes());
        grants.remove(teamScope);
        return new CurrentUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getTeam().getId(),
                u.getTeam().getName(), u.getTeam().getAreaName(), teamScope, grants);
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
