package cat.teixit.logic.auth;

import cat.teixit.model.user.Role;
import java.util.Set;
import java.util.UUID;

/** The professional logged in on this workstation, as the rest of the app needs to know them. Immutable. */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, UUID teamId, String teamName,
        String areaName, String scope) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
