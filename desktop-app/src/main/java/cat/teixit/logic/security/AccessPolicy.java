package cat.teixit.logic.security;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.model.user.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles grant which permissions. Every use case checks here (the logic layer), not the
 * interface: a hidden button is a convenience, the check is the protection. Stateless, thread-safe.
 */
public final class AccessPolicy {

    /** The permissions of one role. */
    public Set<Permission> permissionsOf(Role role) {
        return switch (role) {
            case SOCIAL_WORKER, SOCIAL_EDUCATOR -> EnumSet.of(Permission.VIEW_CASE_FILES, Permission.EDIT_CASE_FILES,
                    Permission.SYNC);
            case TEAM_LEAD -> EnumSet.of(Permission.VIEW_CASE_FILES, Permission.EDIT_CASE_FILES,
                    Permission.READ_TEAM_CONFIDENTIAL, Permission.VIEW_TEAM_REPORTS, Permission.EDIT_TEMPLATES, Permission.SYNC);
            case ADMINISTRATIVE -> EnumSet.of(Permission.VIEW_CASE_FILES, Permission.SYNC);
            case ADMINISTRATOR -> EnumSet.of(Permission.ADMINISTER, Permission.SYNC);
        };
    }

    public boolean allows(CurrentUser user, Permission permission) {
        return user.roles().stream().anyMatch(r -> permissionsOf(r).contains(permission));
    }

    /** Fails with {@link AccessDeniedException} unless {@code user} holds {@code permission}. */
    public void require(CurrentUser user, Permission permission) {
        if (!allows(user, permission)) {
            throw new AccessDeniedException(permission);
        }
    }
}
