package cat.teixit.server.auth;

import cat.teixit.server.db.Database;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.ErrorCode;
import cat.teixit.sync.protocol.Hashing;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.sync.protocol.Responses;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins and tokens: Argon2id password check, random access and refresh tokens stored only as SHA-256
 * hashes in PostgreSQL (so any instance can check them), expiry, and refresh-token rotation. Thread-safe.
 */
public final class TokenService {

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
    private static final Base64.Encoder TOKEN_TEXT = Base64.getUrlEncoder().withoutPadding();

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final SecureRandom random = new SecureRandom();
    /** Checked when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private final String dummyVerifier;

    public TokenService(Database db, PasswordHasher hasher, Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.dummyVerifier = hasher.hash("not-a-password".toCharArray());
    }

    /** Failed logins of one name in a row before it is locked for {@link #LOCKOUT}. */
    public static final int MAX_FAILURES = 10;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    /** Thrown while a user name is locked after too many failed logins; {@code retryAfter} says how long. */
    public static final class LockedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Duration retryAfter;

        LockedException(Duration retryAfter) {
            super("too many failed logins");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /**
     * Checks the password and opens a session for the device; empty when the credentials are wrong. The device
     * id is bound to {@code deviceKey} at its first login; another key for it is refused (docs/decisions/0013).
     *
     * @throws LockedException while the name is locked after {@link #MAX_FAILURES} failures in a row
     * @throws ApiException {@code device_key_mismatch} when the device id was registered with another key
     */
    public Optional<Responses.Tokens> login(String username, char[] password, String deviceId, String deviceKey)
            throws SQLException {
        String name = username.toLowerCase(Locale.ROOT);
        byte[] nameHash = hash(name);
        Instant lockedUntil = lockedUntil(nameHash);
        if (lockedUntil != null && lockedUntil.isAfter(clock.instant())) {
            throw new LockedException(Duration.between(clock.instant(), lockedUntil));
        }
        long userId = -1;
        String verifier = dummyVerifier;
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, password_hash FROM app_user WHERE username = ? AND active")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    userId = rs.getLong(1);
                    verifier = rs.getString(2);
                }
            }
        }
        boolean ok = hasher.verify(password, verifier);
        if (!ok || userId < 0) {
            failed(nameHash);
            return Optional.empty();
        }
        long uid = userId;
        return Optional.of(db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE name_hash = ?")) {
                ps.setBytes(1, nameHash);
                ps.executeUpdate();
            }
            bindDevice(c, uid, deviceId, hash(deviceKey));
            return issue(c, uid, deviceId, null);
        }));
    }

    /**
     * Registers the device with the hash of its key at its first login, or checks that the key is the one it was
     * registered with. A device known from before keys is bound by the first keyed login of a user who had a
     * session on it; anyone else is refused, like a wrong key.
     */
    private static void bindDevice(Connection c, long userId, String deviceId, byte[] keyHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO device (id, key_hash) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, deviceId);
            ps.setBytes(2, keyHash);
            ps.executeUpdate();
        }
        byte[] registered;
        try (PreparedStatement ps = c.prepareStatement("SELECT key_hash FROM device WHERE id = ? FOR UPDATE")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                registered = rs.getBytes(1);
            }
        }
        if (registered != null) {
            if (!java.security.MessageDigest.isEqual(registered, keyHash)) {
                LOG.warn("Login of user {} refused: device {} is registered with another device key", userId,
                        deviceId);
                throw new ApiException(ErrorCode.DEVICE_KEY_MISMATCH, "this device id belongs to another device");
            }
            return;
        }
        boolean usedBefore;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT 1 FROM auth_session WHERE device_id = ? AND user_id = ? AND NOT keyed)")) {
            ps.setString(1, deviceId);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                usedBefore = rs.getBoolean(1);
            }
        }
        if (!usedBefore) {
            LOG.warn("Login of user {} refused: device {} predates device keys and was used by others only", userId,
                    deviceId);
            throw new ApiException(ErrorCode.DEVICE_KEY_MISMATCH, "this device id belongs to another device");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE device SET key_hash = ? WHERE id = ?")) {
            ps.setBytes(1, keyHash);
            ps.setString(2, deviceId);
            ps.executeUpdate();
        }
        LOG.info("Device {} (from before device keys) bound to its key at a login of user {}", deviceId, userId);
    }

    private Instant lockedUntil(byte[] nameHash) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM login_throttle WHERE name_hash = ?")) {
            ps.setBytes(1, nameHash);
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp t = rs.next() ? rs.getTimestamp(1) : null;
                return t == null ? null : t.toInstant();
            }
        }
    }

    /** One more failure in a row; the one that reaches the limit locks the name and starts counting again. */
    private void failed(byte[] nameHash) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO login_throttle AS t (name_hash, failures, locked_until) VALUES (?, 1, NULL)
                ON CONFLICT (name_hash) DO UPDATE SET
                    failures = CASE WHEN t.failures + 1 >= ? THEN 0 ELSE t.failures + 1 END,
                    locked_until = CASE WHEN t.failures + 1 >= ? THEN ?::timestamptz ELSE t.locked_until END""")) {
            ps.setBytes(1, nameHash);
            ps.setInt(2, MAX_FAILURES);
            ps.setInt(3, MAX_FAILURES);
            ps.setTimestamp(4, Timestamp.from(now.plus(LOCKOUT)));
            ps.executeUpdate();
        }
    }

    /**
     * Swaps a valid refresh token for a new pair; the old pair stops working (rotation). A token that was
     * already swapped is refused, and every session of its user on its device is revoked, the successors
     * included: one of two holders of that token is not the device (docs/decisions, refresh-token reuse).
     */
    public Optional<Responses.Tokens> refresh(String refreshToken) throws SQLException {
        byte[] hash = hash(refreshToken);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.id, s.user_id, s.device_id, s.revoked_at IS NOT NULL, s.refresh_expires_at > ?, u.active,
                           s.keyed
                    FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.refresh_hash = ?
                    FOR UPDATE OF s""")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setBytes(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long userId = rs.getLong(2);
                    String deviceId = rs.getString(3);
                    if (!rs.getBoolean(7)) {
                        return Optional.empty(); // opened before device keys: the client logs in again
                    }
                    if (rs.getBoolean(4)) {
                        int revoked = revokeSessions(c, userId, deviceId);
                        LOG.warn("A rotated refresh token of user {} on device {} was presented again: refused, and {} "
                                + "live sessions of that user on that device revoked", userId, deviceId, revoked);
                        return Optional.empty();
                    }
                    if (!rs.getBoolean(5) || !rs.getBoolean(6)) {
                        return Optional.empty();
                    }
                    return Optional.of(issue(c, userId, deviceId, rs.getLong(1)));
                }
            }
        });
    }

    private int revokeSessions(Connection c, long userId, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE auth_session SET revoked_at = ? WHERE user_id = ? AND device_id = ? AND revoked_at IS NULL")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, userId);
            ps.setString(3, deviceId);
            return ps.executeUpdate();
        }
    }

    private Responses.Tokens issue(Connection c, long userId, String deviceId, Long replacing) throws SQLException {
        String access = newToken();
        String refresh = newToken();
        Instant now = clock.instant();
        Instant accessExp = now.plus(accessTtl);
        Instant refreshExp = now.plus(refreshTtl);
        if (replacing != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE auth_session SET revoked_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setLong(2, replacing);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO auth_session (user_id, device_id, access_hash, access_expires_at, refresh_hash,
                    refresh_expires_at, keyed) VALUES (?, ?, ?, ?, ?, ?, true)""")) {
            ps.setLong(1, userId);
            ps.setString(2, deviceId);
            ps.setBytes(3, hash(access));
            ps.setTimestamp(4, Timestamp.from(accessExp));
            ps.setBytes(5, hash(refresh));
            ps.setTimestamp(6, Timestamp.from(refreshExp));
            ps.executeUpdate();
        }
        return new Responses.Tokens(access, accessExp.toEpochMilli(), refresh, refreshExp.toEpochMilli());
    }

    /** The principal of a valid, unexpired access token, with its scopes as they are now. */
    public Principal authenticate(String accessToken) throws SQLException {
        if (accessToken == null || accessToken.length() < 20 || accessToken.length() > 200) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "missing or malformed bearer token");
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT u.id, u.username, s.device_id, us.scope, us.can_write
                FROM auth_session s JOIN app_user u ON u.id = s.user_id
                LEFT JOIN user_scope us ON us.user_id = u.id
                WHERE s.access_hash = ? AND s.keyed AND s.revoked_at IS NULL AND s.access_expires_at > ?
                  AND u.active""")) {
            ps.setBytes(1, hash(accessToken));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(ErrorCode.UNAUTHENTICATED, "token unknown or expired");
                }
                long userId = rs.getLong(1);
                String username = rs.getString(2);
                String deviceId = rs.getString(3);
                Map<String, Boolean> scopes = new HashMap<>();
                do {
                    if (rs.getString(4) != null) {
                        scopes.put(rs.getString(4), rs.getBoolean(5));
                    }
                } while (rs.next());
                return new Principal(userId, username, deviceId, scopes);
            }
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return TOKEN_TEXT.encodeToString(bytes);
    }

    static byte[] hash(String token) {
        return Hashing.sha256().digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
