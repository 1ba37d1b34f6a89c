package cat.teixit.server.http;

import cat.teixit.server.db.Database;
import cat.teixit.server.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audit row per API request: who, device, source address, scope, method, route, status, counts, duration.
 * Never a field value. The row is written before the request is served ({@link #begin}), so a request whose row
 * cannot be written is refused rather than served unseen; the outcome fills it in afterwards ({@link #finish}).
 * Thread-safe.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /**
     * The end of one request, as audited. {@code target}: what the request acted on when the route does not say it
     * (a replayed emergency opening, "replay of opening 7"), or null.
     */
    public record Entry(Long userId, String deviceId, String scope, int status, int ops, int records, long bytes,
            int durationMs, String target) {
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /**
     * Writes the row of a request about to be served (status 0 until {@link #finish}) and returns its id.
     *
     * @throws SQLException when it cannot be written: the request must then be refused
     */
    public long begin(String method, String endpoint, String address) throws SQLException {
        try (Connection c = db.connection()) {
            return Sql.first(c, """
                    INSERT INTO audit (method, endpoint, address, status, duration_ms) VALUES (?, ?, ?, 0, 0)
                    RETURNING id""", rs -> rs.getLong(1), method, endpoint, address);
        }
    }

    /** Completes the row {@code id} with the outcome; a failure here is logged (the row says the request came). */
    public void finish(long id, Entry e) {
        try (Connection c = db.connection()) {
            Sql.update(c, """
                    UPDATE audit SET user_id = ?, device_id = ?, scope = ?, status = ?, op_count = ?, record_count = ?,
                        byte_count = ?, duration_ms = ?, target = ? WHERE id = ?""", e.userId(), e.deviceId(), e.scope(),
                    e.status(), e.ops(), e.records(), e.bytes(), e.durationMs(), e.target(), id);
        } catch (SQLException ex) {
            LOG.error("Audit row {} not completed (status {}): {}", id, e.status(), ex.getSQLState());
        }
    }
}
