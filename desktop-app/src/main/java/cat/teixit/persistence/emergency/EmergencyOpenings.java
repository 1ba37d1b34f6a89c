package cat.teixit.persistence.emergency;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The break-the-glass openings this workstation made (table {@code emergency_opening}, docs/decisions/0039): which
 * case file of which scope, why, until when, and when its records were purged. Plain parameterised SQL. Not
 * thread-safe (bound to one unit of work).
 */
public final class EmergencyOpenings {

    /** One opening as stored here. {@code purgedAt} is null until its scope's records are purged. */
    public record Stored(long id, UUID userId, UUID caseFileId, String scope, String reason, Instant openedAt,
            Instant expiresAt, int records, Instant purgedAt) {
    }

    private static final String COLUMNS =
            "id, user_id, case_file_id, scope, reason, opened_at, expires_at, records, purged_at";

    private final Jdbc jdbc;

    public EmergencyOpenings(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps an opening the server granted (the server's id; kept once): whether it was new here. */
    public boolean add(Stored o) {
        return 1 == jdbc.jdbc(c -> Sql.update(c, "INSERT OR IGNORE INTO emergency_opening (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)", o.id(), o.userId().toString(), o.caseFileId().toString(),
                o.scope(), o.reason(), o.openedAt().toEpochMilli(), o.expiresAt().toEpochMilli(), o.records()));
    }

    /** The openings not yet purged, newest first (live or expired). */
    public List<Stored> unpurged() {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT " + COLUMNS + " FROM emergency_opening WHERE purged_at IS NULL"
                + " ORDER BY opened_at DESC, id DESC", List.of(), rs -> new Stored(rs.getLong(1),
                        UUID.fromString(rs.getString(2)), UUID.fromString(rs.getString(3)), rs.getString(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)),
                        rs.getInt(8), null)));
    }

    /** Marks the openings of {@code scope} purged at {@code now}. */
    public int markPurged(String scope, Instant now) {
        return jdbc.jdbc(c -> Sql.update(c, "UPDATE emergency_opening SET purged_at = ? WHERE scope = ?"
                + " AND purged_at IS NULL", now.toEpochMilli(), scope));
    }
}
