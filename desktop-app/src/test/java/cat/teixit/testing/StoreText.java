package cat.teixit.testing;

import cat.teixit.app.Stores;
import cat.teixit.app.Workstation;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything an encrypted store holds, decrypted: every row of every table, the search index's own tables included,
 * as lower-case text (blobs read as UTF-8, so the index's tokens show). A byte scan of the data directory no longer
 * sees inside the database file (decision 0032); tests that check what the store holds, or no longer holds, scan this.
 */
public final class StoreText {

    private StoreText() {
    }

    public static String of(Workstation w) {
        return Stores.of(w).read(tx -> tx.jdbc(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            StringBuilder all = new StringBuilder();
            for (String t : tables) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT * FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            all.append(v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(v))
                                    .append('\n');
                        }
                    }
                } catch (java.sql.SQLException e) {
                    // A virtual table that cannot be read as a whole (none today): its shadow tables are read instead.
                }
            }
            return all.toString().toLowerCase(Locale.ROOT);
        }));
    }
}
