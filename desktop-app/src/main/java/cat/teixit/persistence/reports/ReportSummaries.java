package cat.teixit.persistence.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The report summaries of {@code V28__report_summaries} (decision 0055) counted again from the interventions stored:
 * what the migration does once, for when their triggers were not there (a first pull into an empty store makes them
 * at its end, decision 0056). The month rule is the triggers' and {@link MonthBuckets}'. Stateless.
 */
public final class ReportSummaries {

    /** The name every trigger that keeps the summaries starts with. */
    public static final String TRIGGER_PREFIX = "report_intervention_";

    private static final String MONTH = """
            CAST(strftime('%Y%m', occurred_at / 1000
                + CASE WHEN CAST(strftime('%m', occurred_at / 1000 + 7200, 'unixepoch') AS INTEGER) BETWEEN 4 AND 10
                THEN 7200 ELSE 3600 END, 'unixepoch') AS INTEGER)""";

    private ReportSummaries() {
    }

    /** Empties both summaries and counts them again from the live interventions, on the caller's transaction. */
    public static void recount(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM report_intervention_month");
            s.execute("DELETE FROM report_case_year");
            s.execute("INSERT INTO report_intervention_month (month, scope, kind, author_id, confidential, n)"
                    + " SELECT b, scope, kind, author_id, confidential, count(*) FROM (SELECT " + MONTH + " AS b,"
                    + " scope, kind, author_id, confidential FROM intervention WHERE deleted_at IS NULL)"
                    + " GROUP BY b, scope, kind, author_id, confidential");
            s.execute("INSERT INTO report_case_year (year, case_file_id, months)"
                    + " SELECT b / 100, case_file_id, sum(1 << (b % 100 - 1)) FROM (SELECT DISTINCT " + MONTH + " AS b,"
                    + " case_file_id FROM intervention WHERE deleted_at IS NULL) GROUP BY b / 100, case_file_id");
        }
    }
}
