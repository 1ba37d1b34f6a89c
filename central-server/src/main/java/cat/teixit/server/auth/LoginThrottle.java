package cat.teixit.server.auth;

import cat.teixit.server.db.Database;
import cat.teixit.server.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins per user name and source address, in PostgreSQL so that every instance sees the same counts
 * (docs/decisions/0024). An attempt is counted before its password is checked, by one atomic statement that
 * also refuses it while the pair waits: parallel guesses cannot slip between a check and a count. A success
 * clears the pair's count. Thread-safe.
 */
final class LoginThrottle {

    private final Database db;
    private final Clock clock;
    private final SessionRules rules;

    LoginThrottle(Database db, Clock clock, SessionRules rules) {
        this.db = db;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Counts one attempt of {@code nameHash} from {@code source}.
     *
     * @throws TokenService.LockedException while that pair must wait; the attempt is then not counted
     */
    void begin(byte[] nameHash, String source) throws SQLException {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        double firstSeconds = rules.firstDelay().toMillis() / 1000.0;
        double maxSeconds = rules.maxDelay().toMillis() / 1000.0;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO login_throttle AS t (name_hash, source, failures, blocked_until, touched_at)
                VALUES (?, ?, 1, CASE WHEN 1 >= ? THEN ?::timestamptz + make_interval(secs => ?) END, ?)
                ON CONFLICT (name_hash, source) DO UPDATE SET
                    failures = t.failures + 1,
                    blocked_until = CASE WHEN t.failures + 1 >= ?
                        THEN ?::timestamptz + make_interval(secs => least(?, ? * power(2, least(t.failures + 1 - ?, 30))))
                        END,
                    touched_at = EXCLUDED.touched_at
                WHERE t.blocked_until IS NULL OR t.blocked_until <= ?
                RETURNING failures""")) {
            int i = 1;
            ps.setBytes(i++, nameHash);
            ps.setString(i++, source);
            ps.setInt(i++, rules.freeFailures());
            ps.setTimestamp(i++, at);
            ps.setDouble(i++, firstSeconds);
            ps.setTimestamp(i++, at);
            ps.setInt(i++, rules.freeFailures());
            ps.setTimestamp(i++, at);
            ps.setDouble(i++, maxSeconds);
            ps.setDouble(i++, firstSeconds);
            ps.setInt(i++, rules.freeFailures());
            ps.setTimestamp(i, at);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        throw new TokenService.LockedException(waitLeft(nameHash, source, now));
    }

    /** A success: the pair starts counting again. */
    void clear(Connection c, byte[] nameHash, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE name_hash = ? AND source = ?")) {
            ps.setBytes(1, nameHash);
            ps.setString(2, source);
            ps.executeUpdate();
        }
    }

    private Duration waitLeft(byte[] nameHash, String source, Instant now) throws SQLException {
        try (Connection c = db.connection()) {
            Timestamp t = Sql.first(c, "SELECT blocked_until FROM login_throttle WHERE name_hash = ? AND source = ?",
                    rs -> rs.getTimestamp(1), nameHash, source);
            Duration left = t == null ? Duration.ZERO : Duration.between(now, t.toInstant());
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}
