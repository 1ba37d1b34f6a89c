package cat.teixit.persistence;

import cat.teixit.persistence.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The read queries that need plain SQL for speed: the social-history timeline, case-file lists, case
 * numbers and drafts. Parameterised statements only. Stateless, thread-safe.
 */
public final class SqlQueries {

    /** One entry of a case file's social history; {@code summary} is null when the viewer may not read it. */
    public record TimelineRow(String entryType, UUID id, UUID personId, String personName, Instant at, UUID authorId,
            String authorName, String subtype, String summary, boolean confidential) {
    }

    private SqlQueries() {
    }

    /** Filters of a timeline query; null means no filter. */
    public record TimelineFilter(Collection<String> entryTypes, UUID authorId, Instant from, Instant to, int limit) {
    }

    /**
     * The social history of a case file, newest first. Confidential entries keep their place but
     * lose their text unless the viewer wrote them or {@code mayReadConfidential}.
     */
    public static List<TimelineRow> timeline(Connection c, UUID caseFileId, TimelineFilter f, UUID viewerId,
            boolean mayReadConfidential) throws SQLException {
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
            sql.append(" AND t.entry_type IN (").append(placeholders(f.entryTypes().size())).append(')');
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
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            List<TimelineRow> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TimelineRow(rs.getString(1), uuid(rs.getString(2)), uuid(rs.getString(3)),
                            rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), uuid(rs.getString(6)), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getInt(10) == 1));
                }
            }
            return rows;
        }
    }

    /** The next free case number of a year, as {@code EXP-<year>-<6 digits>} (local numbering of this device's team). */
    public static String nextCaseNumber(Connection c, String prefix) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT max(number) FROM case_file WHERE number LIKE ? ESCAPE '\\'")) {
            st.setString(1, prefix.replace("_", "\\_").replace("%", "\\%") + "%");
            try (ResultSet rs = st.executeQuery()) {
                String max = rs.next() ? rs.getString(1) : null;
                long next = 1;
                if (max != null) {
                    try {
                        next = Long.parseLong(max.substring(prefix.length())) + 1;
                    } catch (NumberFormatException e) {
                        next = 1;
                    }
                }
                return prefix + String.format("%06d", next);
            }
        }
    }

    /** A case file in a list. */
    public record CaseFileRow(UUID id, String number, String householdName, String status, String openedOn,
            String reviewOn) {
    }

    /** Records that {@code userId} opened a case file now (local only: the recent list). */
    public static void markOpened(Connection c, UUID userId, UUID caseFileId, long at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO recent_case_file (user_id, case_file_id, opened_at)"
                + " VALUES (?, ?, ?) ON CONFLICT (user_id, case_file_id) DO UPDATE SET opened_at = excluded.opened_at")) {
            st.setString(1, userId.toString());
            st.setString(2, caseFileId.toString());
            st.setLong(3, at);
            st.executeUpdate();
        }
    }

    /** The case files {@code userId} opened lately, most recent first. */
    public static List<CaseFileRow> recentCaseFiles(Connection c, UUID userId, Collection<String> scopes, int limit)
            throws SQLException {
        return caseFiles(c, "SELECT cf.id, cf.number, h.name, cf.status, cf.opened_on, NULL FROM recent_case_file r"
                + " JOIN case_file cf ON cf.id = r.case_file_id AND cf.deleted_at IS NULL"
                + " JOIN household h ON h.id = cf.household_id"
                + " WHERE r.user_id = ? AND cf.scope IN (" + placeholders(scopes.size()) + ")"
                + " ORDER BY r.opened_at DESC LIMIT ?", userId, scopes, limit);
    }

    /** Open case files whose reference professional is {@code userId}, earliest active plan review first. */
    public static List<CaseFileRow> myOpenCaseFiles(Connection c, UUID userId, Collection<String> scopes, int limit)
            throws SQLException {
        return caseFiles(c, "SELECT cf.id, cf.number, h.name, cf.status, cf.opened_on,"
                + " (SELECT min(p.review_on) FROM intervention_plan p WHERE p.case_file_id = cf.id"
                + "  AND p.status = 'ACTIVE' AND p.deleted_at IS NULL) AS review"
                + " FROM case_file cf JOIN household h ON h.id = cf.household_id"
                + " WHERE cf.reference_professional_id = ? AND cf.scope IN (" + placeholders(scopes.size()) + ")"
                + " AND cf.status <> 'CLOSED'"
                + " AND cf.deleted_at IS NULL ORDER BY review IS NULL, review, cf.opened_on DESC LIMIT ?",
                userId, scopes, limit);
    }

    private static List<CaseFileRow> caseFiles(Connection c, String sql, UUID userId, Collection<String> scopes,
            int limit) throws SQLException {
        List<CaseFileRow> list = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, userId.toString());
            for (String s : scopes) {
                st.setString(i++, s);
            }
            st.setInt(i, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    list.add(new CaseFileRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return list;
    }

    /** Saves (or replaces) a draft text of a user. */
    public static void saveDraft(Connection c, String userId, String key, String text, long at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO draft (draft_key, user_id, text, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, draft_key) DO UPDATE SET text = excluded.text,"
                + " updated_at = excluded.updated_at")) {
            st.setString(1, key);
            st.setString(2, userId);
            st.setString(3, text);
            st.setLong(4, at);
            st.executeUpdate();
        }
    }

    public static String loadDraft(Connection c, String userId, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT text FROM draft WHERE user_id = ? AND draft_key = ?")) {
            st.setString(1, userId);
            st.setString(2, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static void deleteDraft(Connection c, String userId, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM draft WHERE user_id = ? AND draft_key = ?")) {
            st.setString(1, userId);
            st.setString(2, key);
            st.executeUpdate();
        }
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static String placeholders(int n) {
        return Sql.placeholders(n);
    }
}
