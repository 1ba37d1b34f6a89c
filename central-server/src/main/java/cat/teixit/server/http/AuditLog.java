package cat.teixit.server.http;

import cat.teixit.server.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one audit row per API request: who, device, method, route, status, counts, duration. Never a
 * field value. A failure to audit is logged, not turned into a failed request. Thread-safe.
 */
public final class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /** One request, as audited. */
    public record Entry(Long userId, String deviceId, String method, String endpoint, int status, int ops,
            int records, long bytes, int durationMs) {
    }

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    public void record(Entry e) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit (user_id, device_id, method, endpoint, status, op_count, record_count, byte_count,
                    duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, e.userId());
            ps.setString(2, e.deviceId());
            ps.setString(3, e.method());
            ps.setString(4, e.endpoint());
            ps.setInt(5, e.status());
            ps.setInt(6, e.ops());
            ps.setInt(7, e.records());
            ps.setLong(8, e.bytes());
            ps.setInt(9, e.durationMs());
            ps.executeUpdate();
        } catch (SQLException ex) {
            LOG.error("Audit row not written for {} {} (status {}): {}", e.method(), e.endpoint(), e.status(),
                    ex.getSQLState());
        }
    }
}
