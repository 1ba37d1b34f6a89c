package cat.teixit.persistence;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.model.common.SyncedColumns;
import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synced column is declared once, as a mapped field (and its migration): every synced entity's fields match
 * its table in the migrated store.
 */
class SyncedColumnsSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyColumnOfASyncedTableIsSyncMetadataASyncedFieldOrDeclaredLocal() throws Exception {
        List<Class<? extends SyncedEntity>> synced = LocalStore.ENTITIES.stream()
                .filter(SyncedEntity.class::isAssignableFrom).<Class<? extends SyncedEntity>>map(
                        c -> c.asSubclass(SyncedEntity.class)).toList();
        assertThat(synced).hasSizeGreaterThanOrEqualTo(17);
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            for (Class<? extends SyncedEntity> type : synced) {
                String table = type.getAnnotation(Table.class).name();
                List<String> columns = store.read(tx -> tx.jdbc(c -> columnsOf(c, table)));
                SyncedColumns declared = SyncedColumns.of(type);
                List<String> all = new ArrayList<>(SyncedColumns.metadata());
                all.addAll(declared.synced());
                all.addAll(declared.local());

                assertThat(all).as("the columns of %s, each declared once", table).doesNotHaveDuplicates();
                assertThat(columns).as("the table %s against %s's mapping", table, type.getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(all);
            }
        }
    }

    private static List<String> columnsOf(java.sql.Connection c, String table) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
