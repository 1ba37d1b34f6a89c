package cat.teixit.model.user;

import cat.teixit.model.common.LocalOnly;
import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A professional who can log in on this workstation. The password is kept only as an Argon2id
 * verifier. Not thread-safe.
 */
@Entity
@Table(name = "app_user")
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends SyncedEntity {

    @Getter @Setter(AccessLevel.NONE)
    private String username;

    @Getter
    private String displayName;

    /** The Argon2id verifier: it travels only through the authentication endpoints, never as a synced field. */
    @Getter
    @LocalOnly
    private String passwordHash;

    @Setter(AccessLevel.NONE)
    private String roles;

    @Getter
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Getter
    private boolean active = true;

    /**
     * Other scopes the server lets this user hold: "SALT=r;BCN-1=w" (r read only, w read and write). Cached
     * from the login's answer, not synced.
     */
    @Setter(AccessLevel.NONE)
    @LocalOnly
    private String grantedScopes = "";

    /** The password was set by someone else (a reset): the next login must choose a new one. Not synced. */
    @Getter
    @LocalOnly
    private boolean mustChangePassword;

    /** The password "verifier" of a colleague known only by name: matches no password. */
    public static final String NO_VERIFIER = "!";

    public UserAccount(UUID id, String username, String displayName, String passwordHash, Set<Role> roles, Team team) {
        super(id, team.getScope());
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.team = team;
    }

    /** False for a colleague known only by name, who never logged in on this workstation. */
    public boolean hasVerifier() {
        return !NO_VERIFIER.equals(passwordHash);
    }

    public Set<Role> getRoles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            if (!r.isBlank()) {
                set.add(Role.valueOf(r.trim()));
            }
        }
        return set;
    }

    public void setRoles(Set<Role> newRoles) {
        this.roles = String.join(",", newRoles.stream().sorted().map(Enum::name).toList());
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    /** Scopes granted besides the team's, each with whether the user may write in it. */
    public Map<String, Boolean> getGrantedScopes() {
        Map<String, Boolean> out = new TreeMap<>();
        for (String g : grantedScopes.split(";")) {
            int eq = g.indexOf('=');
            if (eq > 0) {
                out.put(g.substring(0, eq), g.endsWith("=w"));
            }
        }
        return out;
    }

    public void setGrantedScopes(Map<String, Boolean> grants) {
        this.grantedScopes = String.join(";", new TreeMap<>(grants).entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() ? "w" : "r")).toList());
    }
}
