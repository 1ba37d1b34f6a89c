package cat.teixit.server.auth;

import cat.teixit.server.db.Database;
import cat.teixit.server.db.Sql;
import cat.teixit.server.error.ApiException;
import cat.teixit.sync.protocol.DirectoryScope;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logins and tokens: Argon2id password check (a bounded number at once), random access and refresh tokens stored
 * only as SHA-256 hashes in PostgreSQL (so any instance can check them), expiry, refresh-token rotation within a
 * session chain of bounded lifetime, logout, revoked devices, and failed logins throttled per name and source
 * address (docs/decisions/0024). Thread-safe.
 */
public final class TokenService {

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
    private static final Base64.Encoder TOKEN_TEXT = Base64.getUrlEncoder().withoutPadding();

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SessionRules rules;
    private final LoginThrottle throttle;
    /** Each password check holds a permit: Argon2 takes its memory per check, so the heap stays bounded. */
    private final Semaphore hashing;
    private final AtomicInteger hashingNow = new AtomicInteger();
    private final AtomicInteger hashingPeak = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    /** Checked when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private final String dummyVerifier;

    public TokenService(Database db, PasswordHasher hasher, Clock clock, SessionRules rules) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.rules = rules;
        this.throttle = new LoginThrottle(db, clock, rules);
        this.hashing = new Semaphore(rules.maxConcurrentHashes(), true);
        this.dummyVerifier = hasher.hash("not-a-password".toCharArray());
    }

    /** Thrown while a user name may not be tried from an address; {@code retryAfter} says how long. */
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
     * What a login, refresh or logout came to: the tokens (null when refused) and, when known, whose session it
     * is, for the audit.
     */
    public record Outcome(Responses.Tokens tokens, Long userId, String deviceId) {
        static final Outcome NOBODY = new Outcome(null, null, null);

        public boolean accepted() {
            return tokens != null;
        }
    }

    /** The most password checks that ran at once since the start (a gauge for /metrics and the tests). */
    public int peakConcurrentHashes() {
        return hashingPeak.get();
    }

    /**
     * Checks the password and opens a session chain for the device; refused when the credentials are wrong. The
     * device id is bound to {@code deviceKey} at its first login; another key for it is refused
     * (docs/decisions/0013).
     *
     * @param source the address the request came from: failures are counted per name and address
     * @throws LockedException while the name must wait before it is tried again from {@code source}
     * @throws ApiException {@code device_key_mismatch} when the device id was registered with another key,
     *     {@code device_revoked} when an administrator revoked it, {@code busy} when too many checks queue
     */
    public Outcome login(String username, char[] password, String deviceId, String deviceKey, String source)
            throws SQLException {
        byte[] nameHash = hash(username.toLowerCase(Locale.ROOT));
        long uid = checkPassword(username, password, source);
        if (uid < 0) {
            return Outcome.NOBODY;
        }
        return db.inTransaction(c -> {
            throttle.clear(c, nameHash, source);
            if (deviceRevoked(c, deviceId)) {
                LOG.warn("Login of user {} refused: device {} is revoked", uid, deviceId);
                throw new ApiException(ErrorCode.DEVICE_REVOKED, "this device was revoked; its local data is purged");
            }
            bindDevice(c, uid, deviceId, hash(deviceKey));
            return new Outcome(issue(c, uid, deviceId, null, clock.instant()), uid, deviceId);
        });
    }

    /**
     * The secret deposited for {@code username} on {@code deviceId} (docs/decisions/0046), against the user's current
     * password, checked, throttled and queued as at a login: the user id and the secret, or null for both when the
     * credentials are refused; a known user with no secret for the device gets a null secret.
     *
     * @throws LockedException while the name must wait before it is tried again from {@code source}
     * @throws ApiException {@code device_revoked} when an administrator revoked the device
     */
    public Escrow releaseEscrow(String username, char[] password, String deviceId, String source) throws SQLException {
        byte[] nameHash = hash(username.toLowerCase(Locale.ROOT));
        long uid = checkPassword(username, password, source);
        if (uid < 0) {
            return new Escrow(null, null);
        }
        return db.inTransaction(c -> {
            throttle.clear(c, nameHash, source);
            if (deviceRevoked(c, deviceId)) {
                LOG.warn("Key escrow of user {} refused: device {} is revoked", uid, deviceId);
                throw new ApiException(ErrorCode.DEVICE_REVOKED, "this device was revoked; its local data is purged");
            }
            return new Escrow(uid, Sql.first(c, "SELECT secret FROM key_escrow WHERE user_id = ? AND device_id = ?",
                    rs -> rs.getString(1), uid, deviceId));
        });
    }

    /** What {@link #releaseEscrow} answers: the user (null when refused) and their device's secret (null when none). */
    public record Escrow(Long userId, String secret) {
    }

    /** Keeps {@code secret} for the session's user and device, replacing the one they had (docs/decisions/0046). */
    public void depositEscrow(Principal who, String secret) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO key_escrow (user_id, device_id, secret) VALUES (?, ?, ?)
                    ON CONFLICT (user_id, device_id) DO UPDATE SET secret = excluded.secret, created_at = now()""")) {
                ps.setLong(1, who.userId());
                ps.setString(2, who.deviceId());
                ps.setString(3, secret);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The id of the active user {@code username} when {@code password} is theirs, else -1; a failure counts against
     * the name from {@code source}, and password checks wait their turn (a bounded number at once).
     */
    private long checkPassword(String username, char[] password, String source) throws SQLException {
        String name = username.toLowerCase(Locale.ROOT);
        byte[] nameHash = hash(name);
        acquireHashing();
        boolean ok;
        long userId = -1;
        try {
            throttle.begin(nameHash, source);
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
            ok = hasher.verify(password, verifier);
        } finally {
            releaseHashing();
        }
        return ok ? userId : -1;
    }

    private void acquireHashing() {
        try {
            if (!hashing.tryAcquire(rules.hashQueueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ApiException(ErrorCode.BUSY, "too many logins at once; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.BUSY, "interrupted while waiting to check the password");
        }
        int now = hashingNow.incrementAndGet();
        hashingPeak.accumulateAndGet(now, Math::max);
    }

    private void releaseHashing() {
        hashingNow.decrementAndGet();
        hashing.release();
    }

    private static boolean deviceRevoked(Connection c, String deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revoked_at IS NOT NULL FROM device WHERE id = ?")) {
            ps.setString(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
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

    /**
     * Swaps a valid refresh token for a new pair in the same chain; the old pair stops working (rotation). The
     * chain ends {@link SessionRules#sessionLifetime()} after its login however often it is refreshed. A token
     * that was already swapped (or logged out) is refused, and every live session of its user on its device is
     * revoked, the successors included: one of two holders of that token is not the device.
     *
     * @throws ApiException {@code device_revoked} when an administrator revoked the token's device
     */
    public Outcome refresh(String refreshToken) throws SQLException {
        byte[] hash = hash(refreshToken);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.id, s.user_id, s.device_id, s.revoked_at IS NOT NULL, s.refresh_expires_at > ?, u.active,
                           s.keyed, s.chain_started_at, d.revoked_at IS NOT NULL
                    FROM auth_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN device d ON d.id = s.device_id
                    WHERE s.refresh_hash = ?
                    FOR UPDATE OF s""")) {
                Instant now = clock.instant();
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setBytes(2, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Outcome.NOBODY;
                    }
                    long userId = rs.getLong(2);
                    String deviceId = rs.getString(3);
                    Outcome refused = new Outcome(null, userId, deviceId);
                    if (rs.getBoolean(9)) {
                        throw new ApiException(ErrorCode.DEVICE_REVOKED, "this device was revoked; its local data is purged");
                    }
                    if (!rs.getBoolean(7)) {
                        return refused; // opened before device keys: the client logs in again
                    }
                    if (rs.getBoolean(4)) {
                        int revoked = revokeSessions(c, userId, deviceId);
                        if (revoked > 0) {
                            LOG.warn("A rotated refresh token of user {} on device {} was presented again: refused, "
                                    + "and {} live sessions of that user on that device revoked", userId, deviceId,
                                    revoked);
                        }
                        return refused;
                    }
                    Instant chainStart = rs.getTimestamp(8).toInstant();
                    if (!rs.getBoolean(5) || !rs.getBoolean(6) || !now.isBefore(chainStart.plus(rules.sessionLifetime()))) {
                        return refused;
                    }
                    return new Outcome(issue(c, userId, deviceId, rs.getLong(1), chainStart), userId, deviceId);
                }
            }
        });
    }

    /**
     * Ends the session chain of {@code refreshToken}: every live session of its user on its device is revoked. An
     * unknown or already ended token changes nothing (logging out twice is no error).
     */
    public Outcome logout(String refreshToken) throws SQLException {
        byte[] hash = hash(refreshToken);
        return db.inTransaction(c -> {
            Outcome ended = Sql.first(c, "SELECT user_id, device_id FROM auth_session WHERE refresh_hash = ?",
                    rs -> new Outcome(null, rs.getLong(1), rs.getString(2)), hash);
            if (ended == null) {
                return Outcome.NOBODY;
            }
            revokeSessions(c, ended.userId(), ended.deviceId());
            return ended;
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

    private Responses.Tokens issue(Connection c, long userId, String deviceId, Long replacing, Instant chainStart)
            throws SQLException {
        String access = newToken();
        String refresh = newToken();
        Instant now = clock.instant();
        Instant chainEnd = chainStart.plus(rules.sessionLifetime());
        Instant accessExp = min(now.plus(rules.accessTtl()), chainEnd);
        Instant refreshExp = min(now.plus(rules.refreshTtl()), chainEnd);
        if (replacing != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE auth_session SET revoked_at = ? WHERE id = ?")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setLong(2, replacing);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO auth_session (user_id, device_id, access_hash, access_expires_at, refresh_hash,
                    refresh_expires_at, keyed, chain_started_at) VALUES (?, ?, ?, ?, ?, ?, true, ?)""")) {
            ps.setLong(1, userId);
            ps.setString(2, deviceId);
            ps.setBytes(3, hash(access));
            ps.setTimestamp(4, Timestamp.from(accessExp));
            ps.setBytes(5, hash(refresh));
            ps.setTimestamp(6, Timestamp.from(refreshExp));
            ps.setTimestamp(7, Timestamp.from(chainStart));
            ps.executeUpdate();
        }
        return new Responses.Tokens(access, accessExp.toEpochMilli(), refresh, refreshExp.toEpochMilli());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The principal of a valid, unexpired access token, with its scopes as they are now.
     *
     * @throws ApiException {@code unauthenticated}, or {@code device_revoked} for a token of a revoked device
     */
    public Principal authenticate(String accessToken) throws SQLException {
        if (accessToken == null || accessToken.length() < 20 || accessToken.length() > 200) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "missing or malformed bearer token");
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                SELECT u.id, u.username, s.device_id, us.scope, us.can_write, d.revoked_at IS NOT NULL, u.roles
                FROM auth_session s JOIN app_user u ON u.id = s.user_id
                LEFT JOIN device d ON d.id = s.device_id
                LEFT JOIN user_scope us ON us.user_id = u.id
                WHERE s.access_hash = ? AND s.keyed AND (s.revoked_at IS NULL OR d.revoked_at IS NOT NULL)
                  AND s.access_expires_at > ? AND u.active""")) {
            ps.setBytes(1, hash(accessToken));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ApiException(ErrorCode.UNAUTHENTICATED, "token unknown or expired");
                }
                if (rs.getBoolean(6)) {
                    throw new ApiException(ErrorCode.DEVICE_REVOKED, "this device was revoked; its local data is purged");
                }
                long userId = rs.getLong(1);
                String username = rs.getString(2);
                String deviceId = rs.getString(3);
                Map<String, Boolean> scopes = new HashMap<>();
                String roles = null;
                do {
                    if (rs.getString(4) != null) {
                        scopes.put(rs.getString(4), rs.getBoolean(5));
                    }
                    roles = rs.getString(7);
                } while (rs.next());
                // The resource directory: every user reads it, the roles the matrix lets write it.
                scopes.put(DirectoryScope.NAME, DirectoryScope.writable(
                        roles == null ? List.of() : List.of(roles.split(","))));
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
