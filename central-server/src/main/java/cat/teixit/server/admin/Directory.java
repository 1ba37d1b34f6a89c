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
 * Teams, users, their scopes and devices: the administration behind {@code teams}, {@code users} and
 * {@code devices}. A user holds its team's scope with write permission; other grants are explicit. Every change
 * writes its audit row in its own transaction (method {@code CLI}), so no change is made unaudited. Thread-safe.
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
        notTheDirectory(code);
        requireText(name, "team name");
        requireText(areaName, "area name");
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO team (code, name, area_name) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
                ps.setString(1, code);
                ps.setString(2, name);
                ps.setString(3, areaName);
                boolean added = ps.executeUpdate() == 1;
                if (added) {
                    audit(c, "teams add", code, code);
                }
                return added;
            }
        });
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
            audit(c, "users add", name, teamCode);
            return true;
        });
    }

    /** Grants (or changes) a scope to a user. */
    public void grantScope(String username, String scope, boolean write) throws SQLException {
        Validation.require(Validation.SCOPE, scope, "scope");
        notTheDirectory(scope);
        db.inTransaction(c -> {
            grant(c, userId(c, username), scope, write);
            audit(c, write ? "users grant" : "users grant --read-only", username.toLowerCase(Locale.ROOT), scope);
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
            audit(c, "users revoke", username.toLowerCase(Locale.ROOT), scope);
            return null;
        });
    }

    /**
     * Gives a user a new password (a forgotten one, reset by an administrator): every session of theirs ends, so each
     * of their workstations signs in again with it, and a laptop whose data the old password locked opens with the
     * new one through its key kept here (docs/decisions/0046). False when no user has that name.
     */
    public boolean setPassword(String username, char[] password) throws SQLException {
        if (password.length < 8) {
            throw new IllegalArgumentException("the password must have at least 8 characters");
        }
        return changeAndEndSessions(username, "password_hash", hasher.hash(password), "users password");
    }

    /**
     * Deactivates (false) or reactivates (true) a user: a deactivated user can neither log in nor refresh, and
     * every session is revoked at once, so reactivation revives none of them (the user logs in again). Nothing
     * is deleted: the records keep their author. False when no user has that name.
     */
    public boolean setActive(String username, boolean active) throws SQLException {
        return changeAndEndSessions(username, "active", active, active ? "users activate" : "users deactivate");
    }

    /**
     * Sets the user's {@code column} (a name of this class's, never input) to {@code value}, revokes every session of
     * theirs and audits {@code action}, in one transaction; false when no user has that name.
     */
    private boolean changeAndEndSessions(String username, String column, Object value, String action)
            throws SQLException {
        String name = username.toLowerCase(Locale.ROOT);
        return db.inTransaction(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE app_user SET " + column + " = ? WHERE username = ? RETURNING id")) {
                ps.setObject(1, value);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE auth_session SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            audit(c, action, name, null);
            return true;
        });
    }

    /**
     * Revokes a device: its sessions end at once, it can log in no more, and its next contact is answered
     * {@code device_revoked}, on which the workstation purges its local data. False when no such device is known
     * or it was revoked already.
     */
    public boolean revokeDevice(String deviceId) throws SQLException {
        Validation.require(Validation.DEVICE_ID, deviceId, "device id");
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE device SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")) {
                ps.setString(1, deviceId);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE auth_session SET revoked_at = now() WHERE device_id = ? AND revoked_at IS NULL")) {
                ps.setString(1, deviceId);
                ps.executeUpdate();
            }
            // The laptop's data can no longer be opened through the server (docs/decisions/0046).
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM key_escrow WHERE device_id = ?")) {
                ps.setString(1, deviceId);
                ps.executeUpdate();
            }
            audit(c, "devices revoke", deviceId, null);
            return true;
        });
    }

    /** A known device: its id, when it was last seen, the last user who logged in on it, whether it is revoked. */
    public record DeviceRow(String id, java.time.Instant lastSeen, String lastUser, boolean revoked) {
    }

    /** The devices known to the server, most recently seen first. */
    public List<DeviceRow> devices() throws SQLException {
        List<DeviceRow> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT d.id, d.last_seen_at, (SELECT u.username FROM auth_session s JOIN app_user u ON u.id = s.user_id
                    WHERE s.device_id = d.id ORDER BY s.created_at DESC LIMIT 1), d.revoked_at IS NOT NULL
                FROM device d ORDER BY d.last_seen_at DESC, d.id""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DeviceRow(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getBoolean(4)));
            }
        }
        return out;
    }

    /**
     * The audit row of an administration command, in the transaction of its change: who ran it (the operating
     * system account), what on (a user name, team code or device id) and which scope.
     */
    private static void audit(Connection c, String command, String target, String scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit (method, endpoint, address, target, scope, status, duration_ms)
                VALUES ('CLI', ?, ?, ?, ?, 200, 0)""")) {
            ps.setString(1, command);
            ps.setString(2, "local:" + System.getProperty("user.name", "?"));
            ps.setString(3, target);
            ps.setString(4, scope);
            ps.executeUpdate();
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

    /** The resource directory's scope is every user's to read and the roles' to write: never a team, never granted. */
    private static void notTheDirectory(String code) {
        if (cat.teixit.sync.protocol.DirectoryScope.NAME.equalsIgnoreCase(code)) {
            throw new IllegalArgumentException(code + " is the resource directory's scope: every user reads it and"
                    + " the roles with EDIT_DIRECTORY write it");
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank() || s.length() > 200) {
            throw new IllegalArgumentException("invalid " + what);
        }
    }
}
