package cat.teixit.persistence.directory;

import cat.teixit.model.directory.DirectoryEntry;
import cat.teixit.model.directory.EntryRow;
import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.LiveRows;
import cat.teixit.persistence.orm.NameOrder;
import cat.teixit.persistence.search.PeopleIndex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The resource directory's entries: as entities (to change one) and as rows found through the search index
 * ({@code directory_fts}, FTS5, migration V18: accents and case folded, every word a prefix). Parameterised
 * statements only. Not thread-safe (bound to one unit of work).
 */
public final class DirectoryRepository extends EntityRepository<DirectoryEntry> {

    /** At most this many words of the typed text are searched. */
    private static final int MAX_WORDS = 8;
    private static final String COLUMNS = """
            e.id, e.row_version, e.name, e.administration, e.category, e.audience, e.requirements, e.address,
            e.municipality, e.opening_hours, e.phone, e.email, e.web, e.latitude, e.longitude, e.active""";

    private final Jdbc jdbc;

    public DirectoryRepository(Session session, Jdbc jdbc) {
        super(session);
        this.jdbc = jdbc;
    }

    /** The live entry with that id (active or not). */
    public Optional<DirectoryEntry> find(UUID id) {
        return LiveRows.find(session, DirectoryEntry.class, id);
    }

    /**
     * The active entries matching every word of {@code text} (each as a whole word or the start of one, a
     * one-letter word as a whole word only, in the
     * name, what it is or where), the name weighing most, then by name; of {@code category} only when not null.
     * Empty text: the active entries by name.
     */
    public List<EntryRow> search(String text, String category, int limit) {
        List<String> words = PeopleIndex.words(text == null ? "" : text);
        List<Object> params = new ArrayList<>();
        String sql;
        if (words.isEmpty()) {
            // Every active entry (a directory is a few hundred), then the first by name in the order people read.
            String all = "SELECT " + COLUMNS + " FROM directory_entry e WHERE e.active = 1 AND e.deleted_at IS NULL"
                    + (category == null ? "" : " AND e.category = ?");
            List<Object> of = category == null ? List.of() : List.of(category);
            return NameOrder.first(jdbc.jdbc(c -> Sql.list(c, all, of, DirectoryRepository::row)), EntryRow::name, limit);
        } else {
            List<String> terms = new ArrayList<>();
            for (String w : words.subList(0, Math.min(MAX_WORDS, words.size()))) {
                // A word of one letter is not a prefix (it would match nearly everything while typing starts).
                terms.add(w.length() > 3 ? w + "*" : w);
            }
            params.add(String.join(" AND ", terms));
            sql = "WITH hits AS (SELECT rowid, bm25(directory_fts, 10.0, 3.0, 2.0) AS rank FROM directory_fts"
                    + " WHERE directory_fts MATCH ?)"
                    + " SELECT " + COLUMNS + " FROM hits JOIN directory_entry e ON e.rowid = hits.rowid"
                    + " WHERE e.active = 1 AND e.deleted_at IS NULL" + (category == null ? "" : " AND e.category = ?")
                    + " ORDER BY hits.rank, e.name COLLATE NOCASE LIMIT ?";
        }
        if (category != null) {
            params.add(category);
        }
        params.add(limit);
        return jdbc.jdbc(c -> Sql.list(c, sql, params, DirectoryRepository::row));
    }

    /** Every live entry, inactive ones too, by name (the administrator's list). */
    public List<EntryRow> all(int limit) {
        String sql = "SELECT " + COLUMNS + " FROM directory_entry e WHERE e.deleted_at IS NULL";
        return NameOrder.first(jdbc.jdbc(c -> Sql.list(c, sql, List.of(), DirectoryRepository::row)), EntryRow::name,
                limit);
    }

    /** One live entry as a row (active or not). */
    public Optional<EntryRow> row(UUID id) {
        String sql = "SELECT " + COLUMNS + " FROM directory_entry e WHERE e.id = ? AND e.deleted_at IS NULL";
        return Optional.ofNullable(jdbc.jdbc(c -> Sql.first(c, sql, List.of(id.toString()), DirectoryRepository::row)));
    }

    private static EntryRow row(ResultSet rs) throws SQLException {
        return new EntryRow(Sql.uuid(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), real(rs, 14), real(rs, 15), rs.getInt(16) == 1);
    }

    private static Double real(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }
}
