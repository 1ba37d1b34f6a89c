package cat.teixit.persistence.search;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Candidates for the duplicate warning, found through indexes only: the person search index (names
 * and scope, queried as {@link PeopleIndex} builds its queries) and the document-number index. Live
 * people only (not deleted, not merged). Parameterised statements only. Not thread-safe (bound to one
 * unit of work).
 */
public final class DuplicateQueries {

    /** What the duplicate rules compare of a candidate; the birth date as stored (yyyy-MM-dd). */
    public record Candidate(UUID id, String givenName, String surname1, String surname2, String idDocType,
            String idDocNumber, String birthDate) {
    }

    private static final String COLUMNS =
            "p.id, p.given_name, p.surname1, p.surname2, p.id_doc_type, p.id_doc_number, p.birth_date";

    private final Jdbc jdbc;

    /** The queries on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public DuplicateQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * People of {@code scopes} whose names hold every word of {@code givenName} and every word of one
     * of the surnames, whose birth date is unknown or between {@code bornFrom} and {@code bornTo}
     * (inclusive; both null: any date). None when the given name or both surnames are blank.
     */
    public List<Candidate> byNames(String givenName, String surname1, String surname2, Collection<String> scopes,
            LocalDate bornFrom, LocalDate bornTo, int limit) {
        String ftsQuery = namesQuery(givenName, surname1, surname2, scopes);
        if (ftsQuery == null) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM person p"
                + " WHERE p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
                + " AND p.scope IN (" + Sql.placeholders(scopes.size()) + ")"
                + " AND p.deleted_at IS NULL AND p.merged_into IS NULL"
                + (bornFrom == null ? "" : " AND (p.birth_date IS NULL OR p.birth_date BETWEEN ? AND ?)")
                + " LIMIT ?";
        List<Object> params = new ArrayList<>(List.of(ftsQuery));
        params.addAll(scopes);
        if (bornFrom != null) {
            params.addAll(List.of(bornFrom.toString(), bornTo.toString()));
        }
        params.add(limit);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, DuplicateQueries::candidate));
    }

    /**
     * The person index query for every name rule: the given name's words and those of either surname,
     * in {@code scopes}; null when the given name or both surnames have no word.
     */
    private static String namesQuery(String givenName, String surname1, String surname2, Collection<String> scopes) {
        List<String> given = PeopleIndex.words(Objects.toString(givenName, ""));
        List<String> surnames = new ArrayList<>();
        for (String s : new String[] {surname1, surname2}) {
            List<String> words = PeopleIndex.words(Objects.toString(s, ""));
            if (!words.isEmpty()) {
                surnames.add("(" + String.join(" AND ", words) + ")");
            }
        }
        if (given.isEmpty() || surnames.isEmpty() || scopes.isEmpty()) {
            return null;
        }
        return "names : (" + String.join(" AND ", given) + " AND (" + String.join(" OR ", surnames) + ")) AND "
                + PeopleIndex.scopeFilter(scopes);
    }

    /**
     * People of {@code scopes} whose document number is one of {@code numbers} (as stored: normalised),
     * one index lookup each. The numbers travel as one JSON array parameter.
     */
    public List<Candidate> byDocumentNumbers(Collection<String> numbers, Collection<String> scopes) {
        if (numbers.isEmpty() || scopes.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + COLUMNS + " FROM person p"
                + " WHERE p.id_doc_number IN (SELECT value FROM json_each(?))"
                + " AND p.scope IN (" + Sql.placeholders(scopes.size()) + ")"
                + " AND p.deleted_at IS NULL AND p.merged_into IS NULL";
        List<Object> params = new ArrayList<>(List.of(jsonArray(numbers)));
        params.addAll(scopes);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, DuplicateQueries::candidate));
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
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
