package cat.teixit.persistence.audit;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.sync.protocol.AuditEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The workstation's audit trail (table {@code audit_entry}, append-only: triggers refuse an update or a delete) and
 * how far the server acknowledged it. Parameterised statements only. Not thread-safe (bound to one unit of work).
 */
public final class AuditRepository {

    /** The last entry of a device: its number and hash (0 and genesis when there is none). */
    public record Head(long seq, String hash) {
    }

    private static final String COLUMNS = "device_id, seq, at, user_id, user_name, action, entity_type, entity_id,"
            + " case_file_id, detail, prev_hash, hash";

    private final Jdbc jdbc;

    public AuditRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The device's last entry by number, or null when it has none. */
    public Head head(String deviceId) {
        return jdbc.jdbc(c -> Sql.first(c, "SELECT seq, hash FROM audit_entry WHERE device_id = ? ORDER BY seq DESC"
                + " LIMIT 1", List.of(deviceId), rs -> new Head(rs.getLong(1), rs.getString(2))));
    }

    /** Appends {@code e} (its number and hash made by the caller from {@link #head}). */
    public void append(AuditEntry e) {
        jdbc.jdbc(c -> Sql.update(c, "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                e.deviceId(), e.seq(), e.at(), e.userId(), e.userName(), e.action(), e.entityType(), e.entityId(),
                e.caseFileId(), e.detail(), e.prevHash(), e.hash()));
    }

    /** Every entry of the device in the order they were stored. */
    public List<AuditEntry> all(String deviceId) {
        return list("WHERE device_id = ? ORDER BY id", List.of(deviceId));
    }

    /** Up to {@code limit} entries of the device stored after the one numbered {@code seq}, in stored order. */
    public List<AuditEntry> after(String deviceId, long seq, int limit) {
        return list("WHERE device_id = ? AND id > coalesce((SELECT id FROM audit_entry WHERE device_id = ? AND seq = ?), 0)"
                + " ORDER BY id LIMIT ?", List.of(deviceId, deviceId, seq, limit));
    }

    /** The entries about one case file (its views, prints, changes, signatures), newest first. */
    public List<AuditEntry> ofCaseFile(String caseFileId, int limit) {
        return list("WHERE case_file_id = ? ORDER BY at DESC, seq DESC LIMIT ?", List.of(caseFileId, limit));
    }

    /** What one account did from {@code fromMs} (inclusive) to {@code toMs} (exclusive), oldest first. */
    public List<AuditEntry> ofUser(String userId, long fromMs, long toMs, int limit) {
        return list("WHERE user_id = ? AND at >= ? AND at < ? ORDER BY at, seq LIMIT ?",
                List.of(userId, fromMs, toMs, limit));
    }

    /** The number of the last entry the server acknowledged (0: none yet). */
    public long acked(String deviceId) {
        Long v = jdbc.jdbc(c -> Sql.first(c, "SELECT acked_seq FROM audit_upload WHERE device_id = ?",
                List.of(deviceId), rs -> rs.getLong(1)));
        return v == null ? 0 : v;
    }

    /** Records that the server holds the device's entries up to {@code seq}. */
    public void acknowledge(String deviceId, long seq) {
        jdbc.jdbc(c -> Sql.update(c, "INSERT INTO audit_upload (device_id, acked_seq) VALUES (?, ?)"
                + " ON CONFLICT (device_id) DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq)", deviceId, seq));
    }

    private List<AuditEntry> list(String where, List<?> params) {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM audit_entry " + where, params,
                AuditRepository::entry));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }
}
