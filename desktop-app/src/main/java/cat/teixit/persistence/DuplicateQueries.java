package cat.teixit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Candidates for the duplicate warning, found through indexes only: the person search index (names
 * and scope, see migration V3) and the document-number index. Live people only (not deleted, not
 * merged). Parameterised statements only. Stateless, thread-safe.
 */
public final class DuplicateQueries {

    /** What the duplicate rules compare of a candidate; the birth date as stored (yyyy-MM-dd). */
    public record Candidate(UUID id, String givenName, String surname1, String surname2, String idDocType,
            String idDocNumber, String birthDate) {
    }

    private static final String COLUMNS =
            "p.id, p.given_name, p.surname1, p.surname2, p.id_doc_type, p.id_doc_number, p.birth_date";

    private DuplicateQueries() {
    }

    /**
     * People of {@code scopes} matching an FTS5 query on the person index ({@code ftsQuery} built by
     * the caller from quoted tokens and restricted to {@code scopes}), whose birth date is unknown or
     * between {@code bornFrom} and {@code bornTo} (ISO dates, inclusive; both null: any date).
     */
    public static List<Candidate> byNames(Connection c, String ftsQuery, Collection<String> scopes, String bornFrom,
            String bornTo, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM person p"
                + " WHERE p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
                + " AND p.scope IN (" + SqlQueries.placeholders(scopes.size()) + ")"
                + " AND p.deleted_at IS NULL AND p.merged_into IS NULL"
                + (bornFrom == null ? "" : " AND (p.birth_date IS NULL OR p.birth_date BETWEEN ? AND ?)")
                + " LIMIT ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, ftsQuery);
            for (String s : scopes) {
                st.setString(i++, s);
            }
            if (bornFrom != null) {
                st.setString(i++, bornFrom);
                st.setString(i++, bornTo);
            }
            st.setInt(i, limit);
            return candidates(st);
        }
    }

    /**
     * People of {@code scopes} whose document number is one of {@code numbers} (as stored: normalised),
     * one index lookup each. The numbers travel as one JSON array parameter.
     */
    public static List<Candidate> byDocumentNumbers(Connection c, Collection<String> numbers, Collection<String> scopes)
            throws SQLException {
        if (numbers.isEmpty() || scopes.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM person p"
                + " WHERE p.id_doc_number IN (SELECT value FROM json_each(?))"
                + " AND p.scope IN (" + SqlQueries.placeholders(scopes.size()) + ")"
                + " AND p.deleted_at IS NULL AND p.merged_into IS NULL";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, jsonArray(numbers));
            for (String s : scopes) {
                st.setString(i++, s);
            }
            return candidates(st);
        }
    }

    private static List<Candidate> candidates(PreparedStatement st) throws SQLException {
        List<Candidate> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Candidate(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return rows;
    }

    /** A JSON array of strings (quotes, backslashes and control characters escaped). */
    static String jsonArray(Collection<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"');
            for (int k = 0; k < v.length(); k++) {
                char ch = v.charAt(k);
                if (ch == '"' || ch == '\\') {
                    b.append('\\').append(ch);
                } else if (ch < 0x20) {
                    b.append(String.format("\\u%04x", (int) ch));
                } else {
                    b.append(ch);
                }
            }
            b.append('"');
        }
        return b.append(']').toString();
    }
}
