package cat.teixit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The code catalogues table ({@code code_entry}), read and replaced in bulk. Stateless, thread-safe. */
public final class CatalogueRepository {

    /** One code of a catalogue. */
    public record Row(String catalogue, String code, String labelCa, String labelEs, String parentCode, String source,
            int version, boolean active) {
    }

    private CatalogueRepository() {
    }

    /** The version of {@code catalogue} held here, 0 when absent. */
    public static int versionOf(Connection c, String catalogue) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT max(version) FROM code_entry WHERE catalogue = ?")) {
            st.setString(1, catalogue);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Replaces {@code catalogue} with {@code rows}: codes no longer listed stay, marked inactive, so
     * old records keep their label.
     */
    public static void replace(Connection c, String catalogue, int version, List<Row> rows) throws SQLException {
        try (PreparedStatement off = c.prepareStatement("UPDATE code_entry SET active = 0 WHERE catalogue = ?")) {
            off.setString(1, catalogue);
            off.executeUpdate();
        }
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
            st.executeBatch();
        }
    }

    public static List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT catalogue, code, label_ca, label_es, parent_code, source,"
                + " version, active FROM code_entry ORDER BY catalogue, code");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8) == 1));
            }
        }
        return rows;
    }
}
