package cat.teixit.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.persistence.reports.ReportQueries.KeyCount;
import cat.teixit.persistence.reports.ReportQueries.PeopleCount;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The people attended counted in Java: each once, and listed in the order SQLite's GROUP BY gave them. */
class PeopleTallyTest {

    @Test
    void ordersAsSqliteGroupsUnderTheBinaryCollation() throws Exception {
        // Case and accents (a district written two ways keeps the first one listed), a character beyond the BMP
        // and one above the surrogates (which UTF-16 order puts the other way round), empty and blank values.
        List<String> values = Arrays.asList("Gràcia", "gràcia", "Gracia", null, "Ñ", "Z", "a", "\uD83D\uDE00 x",
                "\uFFFD", "\uE000", "", " x", "Sant Martí", "Sant Marti");
        List<String> grouped = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (v TEXT)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                for (String v : values) {
                    insert.setString(1, v);
                    insert.executeUpdate();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT v FROM t GROUP BY v")) {
                while (rs.next()) {
                    grouped.add(rs.getString(1));
                }
            }
        }
        PeopleTally tally = new PeopleTally();
        for (int i = 0; i < values.size(); i++) {
            tally.firstTime(i);
            tally.count(0, null, null, values.get(i));
        }
        assertThat(tally.districts()).extracting(KeyCount::key).containsExactlyElementsOf(grouped);
        assertThat(new ArrayList<>(values.stream().distinct().toList()).stream().sorted(PeopleTally.SQL_ORDER).toList())
                .containsExactlyElementsOf(grouped);
    }

    @Test
    void countsEachPersonOnceWhateverTheirKey() {
        PeopleTally tally = new PeopleTally();
        long large = 1L << 40;
        assertThat(tally.firstTime(7)).isTrue();
        tally.count(1, 40, "108", "Sants");
        assertThat(tally.firstTime(7)).isFalse();
        assertThat(tally.firstTime(large)).isTrue();
        tally.count(3, null, null, null);
        assertThat(tally.firstTime(large)).isFalse();
        assertThat(tally.firstTime(-1)).isTrue();
        tally.count(0, 40, "108", "Sants");

        assertThat(tally.people()).containsExactly(new PeopleCount(null, 40, 1), new PeopleCount("F", 40, 1),
                new PeopleCount("X", null, 1));
        assertThat(tally.nationalities()).containsExactly(new KeyCount(null, 1), new KeyCount("108", 2));
        assertThat(tally.districts()).containsExactly(new KeyCount(null, 1), new KeyCount("Sants", 2));

        PeopleTally.Keys keys = new PeopleTally.Keys();
        assertThat(keys.add(large)).isTrue();
        assertThat(keys.add(3)).isTrue();
        assertThat(keys.add(large)).isFalse();
        assertThat(keys.size()).isEqualTo(2);
    }
}
