package cat.teixit.persistence;

import cat.teixit.persistence.search.PeopleIndex;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Plain queries the benchmarks need besides the services they measure: the search index queried
 * directly (the baseline the search service is compared with) and case files picked by size.
 * Parameterised statements only. Stateless, thread-safe.
 */
public final class BenchQueries {

    private BenchQueries() {
    }

    /**
     * Copies the store {@code encrypted} reads into {@code target} without encryption ({@code VACUUM INTO} with an
     * empty key): the same pages, to measure what the encryption costs a query. For benchmarks on generated data only.
     */
    public static void plainCopy(Connection encrypted, Path target) throws SQLException, java.io.IOException {
        java.nio.file.Files.deleteIfExists(target);
        String uri = java.net.URI.create("file:" + target.toAbsolutePath().toUri().getRawPath()) + "?key=";
        try (java.sql.Statement st = encrypted.createStatement()) {
            st.execute("VACUUM INTO '" + uri.replace("'", "''") + "'");
        }
        if (!PlaintextStore.isPlain(target)) {
            throw new SQLException("the copy is still encrypted");
        }
    }

    /** A read-only connection to the unencrypted store {@code file} ({@link #plainCopy}), with the store's page cache. */
    public static Connection openPlain(Path file) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.mc.SQLiteMCConfig.Builder().build();
        config.setCacheSize(-LocalStore.PAGE_CACHE_KIB);
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** The person search index alone: an FTS5 query ranked as {@link PeopleIndex} ranks, rowids only. */
    public static int rawPersonSearch(Connection c, String ftsQuery, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT rowid, " + PeopleIndex.RANK + " AS rank"
                + " FROM person_fts WHERE person_fts MATCH ? ORDER BY rank LIMIT ?")) {
            st.setString(1, ftsQuery);
            st.setInt(2, limit);
            return count(st);
        }
    }

    /** Case files whose number starts with {@code prefix}, by number: the index range alone. */
    public static int rawCaseNumberSearch(Connection c, String prefix, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id FROM case_file WHERE number >= ? AND number < ? ORDER BY number LIMIT ?")) {
            st.setString(1, prefix);
            st.setString(2, prefix + '\uffff');
            st.setInt(3, limit);
            return count(st);
        }
    }

    private static int count(PreparedStatement st) throws SQLException {
        int n = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** Live case files of {@code scope} with the longest social histories (interventions and case events). */
    public static List<UUID> longestCaseFiles(Connection c, String scope, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT cf.id FROM case_file cf
                 WHERE cf.scope = ? AND cf.deleted_at IS NULL
                 ORDER BY (SELECT count(*) FROM intervention i WHERE i.case_file_id = cf.id) DESC, cf.id
                 LIMIT ?""")) {
            st.setString(1, scope);
            st.setInt(2, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(UUID.fromString(rs.getString(1)));
                }
            }
            return ids;
        }
    }

    /** The scopes of every live team (the reports benchmark reports on all of them). */
    public static List<String> teamScopes(Connection c) throws SQLException {
        return cat.teixit.persistence.jdbc.Sql.list(c, "SELECT DISTINCT scope FROM team WHERE deleted_at IS NULL ORDER BY scope",
                List.of(), rs -> rs.getString(1));
    }

    /** What the duplicate benchmark types again of a person, perturbed; the birth date as stored. */
    public record SampledPerson(String givenName, String surname1, String surname2, String idDocType,
            String idDocNumber, String birthDate) {
    }

    /** Every {@code step}-th live person of {@code scope} in storage order, at most {@code limit}. */
    public static List<SampledPerson> samplePeople(Connection c, String scope, int step, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                SELECT given_name, surname1, surname2, id_doc_type, id_doc_number, birth_date FROM person
                 WHERE scope = ? AND deleted_at IS NULL AND merged_into IS NULL AND rowid % ? = 0
                 ORDER BY rowid LIMIT ?""")) {
            st.setString(1, scope);
            st.setInt(2, step);
            st.setInt(3, limit);
            List<SampledPerson> people = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    people.add(new SampledPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return people;
        }
    }
}
