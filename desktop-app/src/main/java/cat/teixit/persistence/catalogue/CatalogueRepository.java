package cat.teixit.persistence.catalogue;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.sql.PreparedStatement;
import java.util.List;

/** The code catalogues table ({@code code_entry}), read and replaced in bulk. Not thread-safe (bound to one unit of work). */
public final class CatalogueRepository {

    /** One code of a catalogue. */
    public record Row(String catalogue, String code, String labelCa, String labelEs, String parentCode, String source,
            int version, boolean active) {
    }

    private final Jdbc jdbc;

    /** The catalogues on {@code jdbc}'s unit of work (made by the store's unit of work). */
    public CatalogueRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The version of {@code catalogue} held here, 0 when absent. */
    public int versionOf(String catalogue) {
        Integer version = jdbc.jdbc(c -> Sql.first(c, "SELECT max(version) FROM code_entry WHERE catalogue = ?",
                List.of(catalogue), rs -> rs.getInt(1)));
        return version == null ? 0 : version;
    }

    /**
     * Replaces {@code catalogue} with {@code rows}: codes no longer listed stay, marked inactive, so
     * old records keep their label.
     */
    public void replace(String catalogue, int version, List<Row> rows) {
        jdbc.jdbc(c -> {
            Sql.update(c, "UPDATE code_entry SET active = 0 WHERE catalogue = ?", catalogue);
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO code_entry (catalogue, code, label_ca, label_es, parent_code, source, version, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)
                    ON CONFLICT (catalogue, code) DO UPDATE SET label_ca = excluded.label_ca, label_es = excluded.label_es,
                      parent_code = excluded.parent_code, source = excluded.source, version = excluded.version, active = 1""")) {
                for (Row r : rows) {
                    st.setString(1, catalogue);
                    st.setString(2, r.code());
                    st.setString(3, r.labelCa());
                    st.setString(4, r.labelEs());
                    st.setString(5, r.parentCode());
                    st.setString(6, r.source());
                    st.setInt(7, version);
                    st.addBatch();
                }
                return st.executeBatch();
            }
        });
    }

    /** Every code of every catalogue, by catalogue and code. */
    public List<Row> all() {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT catalogue, code, label_ca, label_es, parent_code, source, version,"
                + " active FROM code_entry ORDER BY catalogue, code", List.of(), rs -> new Row(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getInt(8) == 1)));
    }
}
