package cat.teixit.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.testing.TestKeys;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report summaries of V28 (decision 0055): the store's triggers put each intervention in the month {@link MonthBuckets}
 * computes, keep both summaries equal to what the interventions hold after any write, and a period's figures read
 * from them are those the interventions give.
 */
public class ReportSummariesTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final List<String> SCOPES = List.of("GIR-N", "SALT");
    private static final List<String> KINDS = List.of("OFFICE_INTERVIEW", "PHONE_CALL", "OTHER");

    @TempDir
    Path dir;

    @Test
    void theStoreAndJavaPutEveryInstantInTheSameMonth() throws Exception {
        List<Long> instants = new ArrayList<>();
        for (int m = 197001; m <= 204012; m = MonthBuckets.next(m)) {
            long start = MonthBuckets.start(m);
            long madrid = LocalDate.of(m / 100, m % 100, 1).atStartOfDay(MADRID).toInstant().toEpochMilli();
            for (long d : new long[] {-7_200_001, -7_200_000, -3_600_001, -3_600_000, -1, 0, 1, 3_600_000}) {
                instants.add(start + d);
                instants.add(madrid + d);
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            instants.add(random.nextLong(2_300_000_000_000L));
        }
        instants.removeIf(ms -> ms < 0);
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            String cf = store.write(tx -> tx.jdbc(c -> {
                String caseFile = caseFile(c, "GIR-N");
                for (int i = 0; i < instants.size(); i++) {
                    // One author per intervention, so that each summary row is one intervention's.
                    intervention(c, caseFile, "GIR-N", "OTHER", "author-" + i, 0, instants.get(i));
                }
                return caseFile;
            }));
            Map<String, Integer> months = store.read(tx -> tx.jdbc(c -> {
                Map<String, Integer> m = new HashMap<>();
                Sql.list(c, "SELECT author_id, month FROM report_intervention_month", List.of(),
                        rs -> m.put(rs.getString(1), rs.getInt(2)));
                return m;
            }));
            assertThat(months).hasSize(instants.size());
            for (int i = 0; i < instants.size(); i++) {
                assertThat(months.get("author-" + i)).as("the month of %d", instants.get(i))
                        .isEqualTo(MonthBuckets.of(instants.get(i)));
            }
            assertThat(cf).isNotNull();
        }
    }

    @Test
    void theMonthsAreCataloniasCalendarMonthsSince1996() {
        for (int m = 199601; m <= 202612; m = MonthBuckets.next(m)) {
            assertThat(MonthBuckets.start(m)).as("the start of %d", m)
                    .isEqualTo(LocalDate.of(m / 100, m % 100, 1).atStartOfDay(MADRID).toInstant().toEpochMilli());
        }
    }

    @Test
    void aPeriodIsSplitIntoTheWholeMonthsInsideItAndWhatIsLeft() {
        MonthBuckets.Split year = MonthBuckets.split(ms(2025, 1, 1), ms(2026, 1, 1));
        assertThat(year.first()).isEqualTo(202501);
        assertThat(year.last()).isEqualTo(202512);
        assertThat(year.rest()).isEmpty();
        assertThat(year.monthsOf(2025)).isEqualTo(0xFFF);

        MonthBuckets.Split summer = MonthBuckets.split(ms(2025, 4, 1), ms(2025, 7, 1));
        assertThat(List.of(summer.first(), summer.last())).containsExactly(202504, 202506);
        assertThat(summer.rest()).isEmpty();
        assertThat(summer.monthsOf(2025)).isEqualTo(0b111000);

        MonthBuckets.Split span = MonthBuckets.split(ms(2024, 11, 10), ms(2025, 2, 6));
        assertThat(List.of(span.first(), span.last())).containsExactly(202412, 202501);
        assertThat(span.monthsOf(2024)).isEqualTo(1L << 11);
        assertThat(span.monthsOf(2025)).isEqualTo(1L);
        assertThat(span.rest()).containsExactly(new long[] {ms(2024, 11, 10), ms(2024, 12, 1)},
                new long[] {ms(2025, 2, 1), ms(2025, 2, 6)});

        MonthBuckets.Split days = MonthBuckets.split(ms(2025, 3, 10), ms(2025, 4, 21));
        assertThat(days.hasMonths()).isFalse();
        assertThat(days.rest()).containsExactly(new long[] {ms(2025, 3, 10), ms(2025, 4, 21)});

        // Nothing before 1970 comes from a month (an instant's seconds are truncated towards zero there).
        MonthBuckets.Split old = MonthBuckets.split(ms(1969, 12, 1), ms(1970, 3, 1));
        assertThat(List.of(old.first(), old.last())).containsExactly(197002, 197002);
        assertThat(old.rest()).containsExactly(new long[] {ms(1969, 12, 1), ms(1970, 2, 1)});
    }

    @Test
    void theSummariesFollowEveryWriteAndAPeriodsFiguresAreTheInterventions() throws Exception {
        Random random = new Random(11);
        try (LocalStore store = LocalStore.open(dir, TestKeys.KEY)) {
            List<String> cases = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            store.write(tx -> tx.jdbc(c -> {
                for (int i = 0; i < 8; i++) {
                    cases.add(caseFile(c, SCOPES.get(i % 2)));
                }
                for (int i = 0; i < 600; i++) {
                    String cf = cases.get(random.nextInt(cases.size()));
                    ids.add(intervention(c, cf, SCOPES.get(random.nextInt(2)), KINDS.get(random.nextInt(3)),
                            "author-" + random.nextInt(3), random.nextInt(2), instant(random)));
                }
                return null;
            }));
            // Edits, soft deletions and restorations, moves, deletions: as local writes and pulled records make them.
            store.write(tx -> tx.jdbc(c -> {
                for (int i = 0; i < 900; i++) {
                    String id = ids.get(random.nextInt(ids.size()));
                    switch (random.nextInt(6)) {
                        case 0 -> Sql.update(c, "DELETE FROM intervention WHERE id = ?", id);
                        case 1 -> Sql.update(c, "UPDATE intervention SET deleted_at = CASE WHEN deleted_at IS NULL THEN ?"
                                + " ELSE NULL END WHERE id = ?", 1L, id);
                        case 2 -> Sql.update(c, "UPDATE intervention SET occurred_at = ? WHERE id = ?", instant(random), id);
                        case 3 -> Sql.update(c, "UPDATE intervention SET case_file_id = ? WHERE id = ?",
                                cases.get(random.nextInt(cases.size())), id);
                        case 4 -> Sql.update(c, "UPDATE intervention SET kind = ?, author_id = ?, confidential = ?,"
                                + " scope = ? WHERE id = ?", KINDS.get(random.nextInt(3)), "author-" + random.nextInt(3),
                                random.nextInt(2), SCOPES.get(random.nextInt(2)), id);
                        default -> Sql.update(c, "UPDATE intervention SET notes = ? WHERE id = ?", "edited", id);
                    }
                }
                return null;
            }));
            store.read(tx -> tx.jdbc(c -> {
                assertSummariesMatch(c);
                return null;
            }));
            List<LocalDate[]> periods = List.of(period(2025, 1, 1, 2025, 12, 31), period(2025, 4, 1, 2025, 6, 30),
                    period(2025, 10, 1, 2025, 10, 31), period(2025, 3, 1, 2025, 3, 31), period(2024, 11, 10, 2025, 2, 5),
                    period(2025, 3, 30, 2025, 3, 30), period(2025, 10, 26, 2025, 10, 26), period(2024, 7, 1, 2026, 6, 30),
                    period(2025, 3, 10, 2025, 6, 5));
            store.read(tx -> {
                ReportQueries q = tx.reports();
                for (LocalDate[] p : periods) {
                    for (List<String> scopes : List.of(SCOPES, List.of("GIR-N"))) {
                        ReportQueries.Filter f = new ReportQueries.Filter(scopes, null, p[0], p[1],
                                p[0].atStartOfDay(MADRID).toInstant().toEpochMilli(),
                                p[1].plusDays(1).atStartOfDay(MADRID).toInstant().toEpochMilli());
                        tx.jdbc(c -> {
                            assertThat(q.interventions(f)).as("the interventions of %s to %s", p[0], p[1])
                                    .isEqualTo(rawInterventions(c, f));
                            assertThat(q.interventionCount(f)).isEqualTo(rawInterventions(c, f).stream()
                                    .mapToLong(ReportQueries.InterventionCount::count).sum());
                            assertThat(q.attendedTotals(f).households()).as("the households of %s to %s", p[0], p[1])
                                    .isEqualTo(rawHouseholds(c, f));
                            assertThat(q.attended(f, true).households()).isEqualTo(rawHouseholds(c, f));
                            return null;
                        });
                    }
                }
                return null;
            });
        }
    }

    public static void assertSummariesMatch(Connection c) throws SQLException {
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Long> years = new TreeMap<>();
        Sql.list(c, "SELECT occurred_at, scope, kind, author_id, confidential, case_file_id FROM intervention"
                + " WHERE deleted_at IS NULL", List.of(), rs -> {
                    int month = MonthBuckets.of(rs.getLong(1));
                    expected.merge(month + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getInt(5), 1L, Long::sum);
                    years.merge(month / 100 + "|" + rs.getString(6), 1L << (month % 100 - 1), (a, b) -> a | b);
                    return null;
                });
        Map<String, Long> months = new TreeMap<>();
        Sql.list(c, "SELECT month, scope, kind, author_id, confidential, n FROM report_intervention_month", List.of(),
                rs -> months.put(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getInt(5), rs.getLong(6)));
        Map<String, Long> caseYears = new TreeMap<>();
        Sql.list(c, "SELECT year, case_file_id, months FROM report_case_year", List.of(),
                rs -> caseYears.put(rs.getInt(1) + "|" + rs.getString(2), rs.getLong(3)));
        assertThat(months).isEqualTo(expected);
        assertThat(caseYears).isEqualTo(years);
    }

    /** The interventions of the filter as the report counted them before the summaries: a GROUP BY of the rows. */
    private static List<ReportQueries.InterventionCount> rawInterventions(Connection c, ReportQueries.Filter f)
            throws SQLException {
        List<Object> params = new ArrayList<>(List.of(f.fromMs(), f.toMs()));
        params.addAll(f.scopes());
        return Sql.list(c, "SELECT scope, kind, author_id, confidential, count(*) FROM intervention WHERE occurred_at >= ?"
                + " AND occurred_at < ? AND deleted_at IS NULL AND scope IN (" + Sql.placeholders(f.scopes().size()) + ")"
                + " GROUP BY scope, kind, author_id, confidential", params,
                rs -> new ReportQueries.InterventionCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == 1, rs.getLong(5)));
    }

    /** The households of the filter's case files with an intervention in the period, from the rows. */
    private static long rawHouseholds(Connection c, ReportQueries.Filter f) throws SQLException {
        List<Object> params = new ArrayList<>(f.scopes());
        params.add(f.fromMs());
        params.add(f.toMs());
        return Sql.first(c, "SELECT count(DISTINCT cf.household_id) FROM case_file cf WHERE cf.deleted_at IS NULL"
                + " AND cf.scope IN (" + Sql.placeholders(f.scopes().size()) + ") AND EXISTS (SELECT 1 FROM intervention i"
                + " WHERE i.case_file_id = cf.id AND i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?)",
                params, rs -> rs.getLong(1));
    }

    /** An instant from 2023 to 2027, often within two hours of a month's start. */
    private static long instant(Random random) {
        if (random.nextBoolean()) {
            int m = 202301 + random.nextInt(5) * 100 + random.nextInt(12);
            return MonthBuckets.start(m) + random.nextLong(-7_300_000, 7_300_000);
        }
        return ms(2023, 1, 1) + random.nextLong(ms(2028, 1, 1) - ms(2023, 1, 1));
    }

    private static LocalDate[] period(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new LocalDate[] {LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2)};
    }

    private static long ms(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(MADRID).toInstant().toEpochMilli();
    }

    private static String caseFile(Connection c, String scope) throws SQLException {
        String household = UUID.randomUUID().toString();
        Sql.update(c, "INSERT INTO household (id, scope, updated_at, name, created_at) VALUES (?, ?, '0', 'H', 0)",
                household, scope);
        String id = UUID.randomUUID().toString();
        Sql.update(c, "INSERT INTO case_file (id, scope, updated_at, number, household_id, team_id, status, opened_on,"
                + " created_at) VALUES (?, ?, '0', ?, ?, 'team', 'OPEN', '2020-01-01', 0)", id, scope, id.substring(0, 8),
                household);
        return id;
    }

    private static String intervention(Connection c, String caseFile, String scope, String kind, String author,
            int confidential, long at) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervention (id, scope, updated_at, case_file_id, kind,"
                + " occurred_at, author_id, notes, confidential, created_at) VALUES (?, ?, '0', ?, ?, ?, ?, '', ?, 0)")) {
            ps.setString(1, id);
            ps.setString(2, scope);
            ps.setString(3, caseFile);
            ps.setString(4, kind);
            ps.setLong(5, at);
            ps.setString(6, author);
            ps.setInt(7, confidential);
            ps.executeUpdate();
        }
        return id;
    }
}
