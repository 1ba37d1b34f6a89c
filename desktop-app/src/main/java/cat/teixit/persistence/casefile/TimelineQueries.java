package cat.teixit.persistence.casefile;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The social history of a case file: every kind of entry of the {@code timeline} view (migration V2) on one
 * list, newest first. Parameterised statements only. Not thread-safe (bound to one unit of work).
 */
public final class TimelineQueries {

    /** One entry of a case file's social history; {@code summary} is null when the viewer may not read it. */
    public record TimelineRow(String entryType, UUID id, UUID personId, String personName, Instant at, UUID authorId,
            String authorName, String subtype, String summary, boolean confidential) {
    }

    /** Filters of a timeline query; null (or no entry types) means no filter. */
    public record TimelineFilter(Collection<String> entryTypes, UUID authorId, Instant from, Instant to, int limit) {
    }

    private final Jdbc jdbc;

    /** The queries on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public TimelineQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The social history of a case file, newest first. Confidential entries keep their place but
     * lose their text unless the viewer wrote them or {@code mayReadConfidential}.
     */
    public List<TimelineRow> of(UUID caseFileId, TimelineFilter f, UUID viewerId, boolean mayReadConfidential) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.entry_type, t.id, t.person_id, p.given_name || coalesce(' ' || p.surname1, ''), t.at,
                       t.author_id, u.display_name, t.subtype,
                       CASE WHEN t.confidential = 1 AND t.author_id <> ? AND ? = 0 THEN NULL ELSE t.summary END,
                       t.confidential
                  FROM timeline t
                  LEFT JOIN person p ON p.id = t.person_id
                  LEFT JOIN app_user u ON u.id = t.author_id
                 WHERE t.case_file_id = ? AND t.deleted_at IS NULL""");
        List<Object> params = new ArrayList<>(List.of(viewerId.toString(), mayReadConfidential ? 1 : 0,
                caseFileId.toString()));
        if (f.entryTypes() != null && !f.entryTypes().isEmpty()) {
            sql.append(" AND t.entry_type IN (").append(Sql.placeholders(f.entryTypes().size())).append(')');
            params.addAll(f.entryTypes());
        }
        if (f.authorId() != null) {
            sql.append(" AND t.author_id = ?");
            params.add(f.authorId().toString());
        }
        if (f.from() != null) {
            sql.append(" AND t.at >= ?");
            params.add(f.from().toEpochMilli());
        }
        if (f.to() != null) {
            sql.append(" AND t.at < ?");
            params.add(f.to().toEpochMilli());
        }
        sql.append(" ORDER BY t.at DESC, t.id DESC LIMIT ?");
        params.add(f.limit());
        return jdbc.jdbc(c -> Sql.list(c, sql.toString(), params, rs -> new TimelineRow(rs.getString(1),
                Sql.uuid(rs.getString(2)), Sql.uuid(rs.getString(3)), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)),
                Sql.uuid(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10) == 1)));
    }
}
