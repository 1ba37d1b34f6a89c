package cat.teixit.persistence.casefile;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Case files in lists (the ones a user opened lately, the open ones they are the reference professional
 * of) and case numbers, in plain SQL. Parameterised statements only. Not thread-safe (bound to one unit
 * of work).
 */
public final class CaseFileQueries {

    /** A case file in a list; dates as stored (yyyy-MM-dd), the next active plan review or null. */
    public record CaseFileRow(UUID id, String number, String householdName, String status, String openedOn,
            String reviewOn) {
    }

    private final Jdbc jdbc;

    /** The queries on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public CaseFileQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest case number that starts with {@code prefix}, if any. */
    public Optional<String> highestNumber(String prefix) {
        String like = prefix.replace("_", "\\_").replace("%", "\\%") + "%";
        return Optional.ofNullable(jdbc.jdbc(c -> Sql.first(c,
                "SELECT max(number) FROM case_file WHERE number LIKE ? ESCAPE '\\'", List.of(like), rs -> rs.getString(1))));
    }

    /** Records that {@code userId} opened a case file at {@code at} (epoch ms; local only: the recent list). */
    public void markOpened(UUID userId, UUID caseFileId, long at) {
        jdbc.jdbc(c -> Sql.update(c, "INSERT INTO recent_case_file (user_id, case_file_id, opened_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, case_file_id) DO UPDATE SET opened_at = excluded.opened_at",
                userId.toString(), caseFileId.toString(), at));
    }

    /** The case files of {@code scopes} that {@code userId} opened lately, most recent first. */
    public List<CaseFileRow> recent(UUID userId, Collection<String> scopes, int limit) {
        return caseFiles("SELECT cf.id, cf.number, h.name, cf.status, cf.opened_on, NULL FROM recent_case_file r"
                + " JOIN case_file cf ON cf.id = r.case_file_id AND cf.deleted_at IS NULL"
                + " JOIN household h ON h.id = cf.household_id"
                + " WHERE r.user_id = ? AND cf.scope IN (" + Sql.placeholders(scopes.size()) + ")"
                + " ORDER BY r.opened_at DESC LIMIT ?", userId, scopes, limit);
    }

    /** Open case files of {@code scopes} whose reference professional is {@code userId}, earliest active plan review first. */
    public List<CaseFileRow> openOf(UUID userId, Collection<String> scopes, int limit) {
        return caseFiles("SELECT cf.id, cf.number, h.name, cf.status, cf.opened_on,"
                + " (SELECT min(p.review_on) FROM intervention_plan p WHERE p.case_file_id = cf.id"
                + "  AND p.status = 'ACTIVE' AND p.deleted_at IS NULL) AS review"
                + " FROM case_file cf JOIN household h ON h.id = cf.household_id"
                + " WHERE cf.reference_professional_id = ? AND cf.scope IN (" + Sql.placeholders(scopes.size()) + ")"
                + " AND cf.status <> 'CLOSED'"
                + " AND cf.deleted_at IS NULL ORDER BY review IS NULL, review, cf.opened_on DESC LIMIT ?",
                userId, scopes, limit);
    }

    private List<CaseFileRow> caseFiles(String sql, UUID userId, Collection<String> scopes, int limit) {
        List<Object> params = new ArrayList<>(List.of(userId.toString()));
        params.addAll(scopes);
        params.add(limit);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, rs -> new CaseFileRow(UUID.fromString(rs.getString(1)),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))));
    }
}
