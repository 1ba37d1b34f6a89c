package cat.teixit.model.user;

import cat.teixit.model.common.LocalOnly;
import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.UUID;

/**
 * A professional who can log in on this workstation. The password is kept only as an Argon2id
 * verifier. Not thread-safe.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends SyncedEntity {

    @Column(name = "username", nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    /** The Argon2id verifier: it travels only through the authentication endpoints, never as a synced field. */
    @LocalOnly
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "roles", nullable = false)
    private String roles;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /**
     * Other scopes the server lets this user hold: "SALT=r;BCN-1=w" (r read only, w read and write). Cached
     * from the login's answer, not synced.
     */
    @LocalOnly
    @Column(name = "granted_scopes", nullable = false)
    private String grantedScopes = "";

    /** The password was set by someone else (a reset): the next login must choose a new one. Not synced. */
    @LocalOnly
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The password "verifier" of a colleague known only by name: matches no password. */
    public static final String NO_VERIFIER = "!";

    protected UserAccount() {
    }

    public UserAccount(UUID id, String username, String displayName, String passwordHash, Set<Role> roles, Team team) {
        super(id, team.getScope());
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        setRoles(roles);
        this.team = team;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** False for a colleague known only by name, who never logged in on this workstation. */
    public boolean hasVerifier() {
        return !NO_VERIFIER.equals(passwordHash);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
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

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public String entityType() {
        return "app_user";
    }
}
