package cat.teixit.server.admin;

import cat.teixit.server.db.Database;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.sync.protocol.PermissionMatrix;
import cat.teixit.sync.protocol.Validation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Teams, users and their scopes: the administration behind {@code teams add} and {@code users add}.
 * A user holds its team's scope with write permission; other grants are explicit. Thread-safe.
 */
public final class Directory {

    /** Roles as the workstation names them: the rows of the permission matrix. */
    public static final Set<String> ROLES = Set.copyOf(PermissionMatrix.roles());
    private static final Pattern TEAM_CODE = Validation.SCOPE;

    private final Database db;
    private final PasswordHasher hasher;

    public Directory(Database db, PasswordHasher hasher) {
        this.db = db;
        this.hasher = hasher;
    }

    /** Adds a team; false when a team with that code exists. */
    public boolean addTeam(String code, String name, String areaName) throws SQLException {
        Validation.require(TEAM_CODE, code, "team code");
        requireText(name, "team name");
        requireText(areaName, "area name");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO team (code, name, area_name) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, areaName);
            return ps.executeUpdate() == 1;
        }
    }

    /** Adds a user of {@code teamCode}, holding the team's scope with write permission; false when it exists. */
    public boolean addUser(String username, String displayName, char[] password, String teamCode, List<String> roles)
            throws SQLException {
        String name = Validation.require(Validation.USERNAME, username.toLowerCase(Locale.ROOT), "user name");
        requireText(displayName, "display name");
        if (password.length < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles must be some of " + ROLES);
        }
        String verifier = hasher.hash(password);
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO app_user (username, display_name, password_hash, roles, team_code)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING RETURNING id""")) {
                ps.setString(1, name);
                ps.setString(2, displayName);
                ps.setString(3, verifier);
                ps.setString(4, String.join(",", roles));
                ps.setString(5, teamCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    id = rs.getLong(1);
                }
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("no team with code " + teamCode);
                }
                throw e;
            }
            grant(c, id, teamCode, true);
            return true;
        });
    }

    /** Grants (or changes) a scope to a user. */
    public void grantScope(String username, String scope, boolean write) throws SQLException {
        Validation.require(Validation.SCOPE, scope, "scope");
        db.inTransaction(c -> {
            grant(c, userId(c, username), scope, write);
            return null;
        });
    }

    /** Takes a scope away: the user's devices purge its records at their next sync. */
    public void revokeScope(String username, String scope) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_scope WHERE user_id = ? AND scope = ?")) {
                ps.setLong(1, userId(c, username));
                ps.setString(2, scope);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Deactivates (false) or reactivates (true) a user: a deactivated user can neither log in nor refresh, and
     * the tokens already issued are refused at once (every request checks the account). Nothing is deleted:
     * the records keep their author. False when no user has that name.
     */
    public boolean setActive(String username, boolean active) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("UPDATE app_user SET active = ? WHERE username = ?")) {
            ps.setBoolean(1, active);
            ps.setString(2, username.toLowerCase(Locale.ROOT));
            return ps.executeUpdate() == 1;
        }
    }

    /** User names, for listings; no other personal data. */
    public List<String> usernames() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT username FROM app_user ORDER BY username");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void grant(Connection c, long userId, String scope, boolean write) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO user_scope (user_id, scope, can_write) VALUES (?, ?, ?)
                ON CONFLICT (user_id, scope) DO UPDATE SET can_write = EXCLUDED.can_write""")) {
            ps.setLong(1, userId);
            ps.setString(2, scope);
            ps.setBoolean(3, write);
            ps.executeUpdate();
        }
    }

    private static long userId(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            ps.setString(1, username.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no such user");
                }
                return rs.getLong(1);
            }
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank() || s.length() > 200) {
            throw new IllegalArgumentException("invalid " + what);
        }
    }
}
