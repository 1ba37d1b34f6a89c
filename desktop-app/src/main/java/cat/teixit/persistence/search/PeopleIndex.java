package cat.teixit.persistence.search;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * People as the search box finds them, through the person search index ({@code person_fts}, FTS5, see
 * migration V3): it owns how typed text becomes an FTS5 query (accents and case folded by the index, "l·l" as
 * "ll", phones without separators, whole words before prefixes), the scope token that keeps each user to the
 * people of their scopes, and the bm25 ranking. Rows carry what tells homonyms apart. Parameterised statements
 * only. Not thread-safe (bound to one unit of work).
 */
public final class PeopleIndex {

    /** One person found, with their current household, its latest case file and reference professional. */
    public record PersonRow(UUID id, String givenName, String surname1, String surname2, String idDocType,
            String idDocNumber, String birthDate, String municipality, String district, String phone, UUID householdId,
            String householdName, UUID caseFileId, String caseNumber, String caseStatus, String referenceProfessional,
            double rank) {
    }

    /** The rank of a hit: bm25 with the names weighing most, then the document, then the phone (lower is better). */
    public static final String RANK = "bm25(person_fts, 10.0, 6.0, 3.0, 0.0)";

    /** At most this many words of the typed text are searched. */
    private static final int MAX_WORDS = 8;
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d][\\d\\s\\-.]{5,}");

    private static final String PERSON_COLUMNS = """
            p.id, p.given_name, p.surname1, p.surname2, p.id_doc_type, p.id_doc_number, p.birth_date,
            p.municipality, p.district, p.phone, h.id, h.name, cf.id, cf.number, cf.status, u.display_name""";

    private static final String PERSON_JOINS = """
            LEFT JOIN household h ON h.id = (SELECT hm.household_id FROM household_member hm
                 WHERE hm.person_id = p.id AND hm.left_on IS NULL AND hm.deleted_at IS NULL
                 ORDER BY hm.joined_on DESC LIMIT 1)
            LEFT JOIN case_file cf ON cf.id = (SELECT c.id FROM case_file c
                 WHERE c.household_id = h.id AND c.deleted_at IS NULL ORDER BY c.opened_on DESC LIMIT 1)
            LEFT JOIN app_user u ON u.id = cf.reference_professional_id""";

    private final Jdbc jdbc;

    /** The index on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public PeopleIndex(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The people of {@code scopes} matching typed {@code text} (see {@link #ftsQuery}), best first; empty when
     * the text has no word. Only the best {@code limit} hits are joined to their household and case file.
     */
    public List<PersonRow> search(String text, Collection<String> scopes, int limit) {
        String fts = ftsQuery(text, scopes);
        if (fts.isEmpty()) {
            return List.of();
        }
        String sql = "WITH hits AS (SELECT rowid, " + RANK + " AS rank FROM person_fts"
                + " WHERE person_fts MATCH ? ORDER BY rank LIMIT ?)"
                + " SELECT " + PERSON_COLUMNS + ", hits.rank FROM hits JOIN person p ON p.rowid = hits.rowid "
                + PERSON_JOINS + " WHERE p.scope IN (" + Sql.placeholders(scopes.size()) + ") ORDER BY hits.rank LIMIT ?";
        List<Object> params = new ArrayList<>(List.of(fts, limit));
        params.addAll(scopes);
        params.add(limit);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, PeopleIndex::person));
    }

    /**
     * People of the households whose case number starts with {@code prefix} (as stored: upper case). A range on the
     * number, so the index is used (LIKE is case-insensitive and cannot); the first {@code limit} case files with
     * someone to show are picked by number first, so that a broad prefix ("EXP-2021", thousands of case files) sorts
     * only what it shows.
     */
    public List<PersonRow> byCaseNumber(String prefix, Collection<String> scopes, int limit) {
        String in = "(" + Sql.placeholders(scopes.size()) + ")";
        String shown = " m.left_on IS NULL AND m.deleted_at IS NULL AND p.deleted_at IS NULL AND p.scope IN " + in;
        String sql = "WITH k AS (SELECT c.id, c.household_id, c.number FROM case_file c"
                + " WHERE c.number >= ? AND c.number < ? AND c.deleted_at IS NULL AND c.scope IN " + in
                + " AND EXISTS (SELECT 1 FROM household_member m JOIN person p ON p.id = m.person_id"
                + " WHERE m.household_id = c.household_id AND" + shown + ")"
                + " ORDER BY c.number LIMIT ?)"
                + " SELECT " + PERSON_COLUMNS + ", 0.0 FROM k"
                + " JOIN household_member m ON m.household_id = k.household_id"
                + " JOIN person p ON p.id = m.person_id " + PERSON_JOINS
                + " WHERE" + shown + " ORDER BY k.number, m.is_reference DESC LIMIT ?";
        List<Object> params = new ArrayList<>(List.of(prefix, prefix + '\uffff'));
        params.addAll(scopes);
        params.addAll(scopes);
        params.add(limit);
        params.addAll(scopes);
        params.add(limit);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, PeopleIndex::person));
    }

    /** People by id, of {@code scopes}, in no particular order (for recent lists and duplicate warnings). */
    public List<PersonRow> byIds(Collection<UUID> ids, Collection<String> scopes) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT " + PERSON_COLUMNS + ", 0.0 FROM person p " + PERSON_JOINS + " WHERE p.id IN ("
                + Sql.placeholders(ids.size()) + ") AND p.scope IN (" + Sql.placeholders(scopes.size()) + ")";
        List<Object> params = new ArrayList<>();
        ids.forEach(id -> params.add(id.toString()));
        params.addAll(scopes);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, PeopleIndex::person));
    }

    private static PersonRow person(ResultSet rs) throws SQLException {
        return new PersonRow(Sql.uuid(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                Sql.uuid(rs.getString(11)), rs.getString(12), Sql.uuid(rs.getString(13)), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getDouble(17));
    }

    /**
     * Turns typed text into an FTS5 query over the people of {@code scopes}: every word must match a
     * name, the document or the phone, as a whole word or as the start of one; whole-word matches
     * rank first ("pau" puts Pau before Paula). Empty when the text has no word.
     */
    public static String ftsQuery(String text, Collection<String> scopes) {
        String t = text.replace("·", "").replace("ŀ", "l");
        if (PHONE_LIKE.matcher(t).matches()) {
            t = t.replaceAll("[\\s\\-.+]", "");
        }
        List<String> terms = new ArrayList<>();
        for (String word : words(t)) {
            // A one-letter token is not a prefix (too broad).
            terms.add(word.length() > 3 ? "(" + word + " OR " + word + "*)" : word);
            if (terms.size() == MAX_WORDS) {
                break;
            }
        }
        if (terms.isEmpty() || scopes.isEmpty()) {
            return "";
        }
        return "{names doc phone} : (" + String.join(" AND ", terms) + ") AND " + scopeFilter(scopes);
    }

    /**
     * The words of {@code text} as FTS5 strings for the person index: lower case, quoted (so no word
     * is read as an FTS operator), "l·l" as "ll"; the index folds accents the same way on both sides.
     */
    public static List<String> words(String text) {
        String t = text.replace("·", "").replace("ŀ", "l").replace("Ŀ", "L");
        List<String> words = new ArrayList<>();
        for (String token : TOKEN_SPLIT.split(t)) {
            if (!token.isEmpty()) {
                words.add("\"" + token.toLowerCase(Locale.ROOT) + "\"");
            }
        }
        return words;
    }

    /** The FTS5 filter that keeps the people of {@code scopes} (see migration V3); never empty scopes. */
    public static String scopeFilter(Collection<String> scopes) {
        List<String> scopeTokens = scopes.stream().sorted().map(PeopleIndex::scopeToken).toList();
        return "scope : (" + String.join(" OR ", scopeTokens) + ")";
    }

    /** The token the person index holds for a scope (see migration V3): "zs" and the hex of its UTF-8 bytes. */
    static String scopeToken(String scope) {
        return "\"zs" + HexFormat.of().formatHex(scope.getBytes(StandardCharsets.UTF_8)) + "\"";
    }
}
