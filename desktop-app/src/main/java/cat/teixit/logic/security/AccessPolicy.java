package cat.teixit.logic.security;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.model.user.Role;
import cat.teixit.sync.protocol.PermissionMatrix;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which roles grant which permissions, read from the one {@link PermissionMatrix} the central server
 * enforces too (docs/permissions.md). Every use case checks here (the logic layer), not the interface:
 * a hidden button is a convenience, the check is the protection. Stateless, thread-safe.
 */
public final class AccessPolicy {

    private static final Map<Role, Set<Permission>> GRANTS = grants();

    private static Map<Role, Set<Permission>> grants() {
        Map<Role, Set<Permission>> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Set<Permission> p = EnumSet.noneOf(Permission.class);
            // valueOf fails at start-up if the matrix names an action this enum lacks: the two stay equal.
            PermissionMatrix.actionsOf(r.name()).forEach(a -> p.add(Permission.valueOf(a)));
            m.put(r, Collections.unmodifiableSet(p));
        }
        return m;
    }

    /** The permissions of one role. */
    public Set<Permission> permissionsOf(Role role) {
        return GRANTS.get(role);
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
