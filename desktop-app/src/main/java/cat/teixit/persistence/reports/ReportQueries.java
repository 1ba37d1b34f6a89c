package cat.teixit.persistence.reports;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The figures behind the team-lead reports, counted in SQL over one period and a set of scopes (optionally one
 * reference professional's case files). Every value is bound, never written into the SQL. Confidential
 * interventions are counted like any other; the only rows read back (the drill-down) leave them out. Not
 * thread-safe (bound to one unit of work).
 */
public final class ReportQueries {

    /** Resource statuses that mean the resource was granted (and may since have started or finished). */
    private static final String GRANTED = "('GRANTED', 'STARTED', 'FINISHED')";

    /**
     * What is counted: case files of {@code scopes} (of {@code professional} as reference, when not null), and
     * what happened from {@code from} to {@code to} (dates, inclusive; the same as instants: {@code fromMs}
     * inclusive, {@code toMs} exclusive).
     */
    public record Filter(Collection<String> scopes, UUID professional, LocalDate from, LocalDate to, long fromMs,
            long toMs) {

        public Filter {
            scopes = List.copyOf(scopes);
        }

        /** The conditions on the case file {@code cf} and their values, appended to {@code params}. */
        String caseFiles(List<Object> params) {
            params.addAll(scopes);
            String sql = "cf.deleted_at IS NULL AND cf.scope IN (" + Sql.placeholders(scopes.size()) + ")";
            if (professional != null) {
                params.add(professional.toString());
                sql += " AND cf.reference_professional_id = ?";
            }
            return sql;
        }

        /**
         * The conditions on a record {@code alias} of a case file (an intervention, a demand...) dated in the period:
         * its own scope (a case file's records carry its scope), so that the case file is read only to filter by
         * professional.
         */
        String records(List<Object> params, String alias) {
            params.add(fromMs);
            params.add(toMs);
            params.addAll(scopes);
            String sql = alias + ".occurred_at >= ? AND " + alias + ".occurred_at < ? AND " + alias + ".deleted_at IS NULL AND "
                    + alias + ".scope IN (" + Sql.placeholders(scopes.size()) + ")";
            if (professional != null) {
                params.add(professional.toString());
                sql += " AND " + alias + ".case_file_id IN (SELECT cf.id FROM case_file cf WHERE cf.deleted_at IS NULL"
                        + " AND cf.reference_professional_id = ?)";
            }
            return sql;
        }
    }

    /** Households attended in the period and their people, each once, by sex and age. */
    public record Attended(long households, List<PeopleCount> people) {

        public long peopleTotal() {
            return people.stream().mapToLong(PeopleCount::count).sum();
        }
    }

    /** Households attended and their people, each once. */
    public record Totals(long households, long people) {
    }

    /** People of one sex (null: not recorded) and age (null: unknown) on the period's last day. */
    public record PeopleCount(String sex, Integer age, long count) {
    }

    /** A count under a key (a code, a kind, a professional's id). */
    public record KeyCount(String key, long count) {
    }

    /** Interventions of one kind, author and confidentiality in the period. */
    public record InterventionCount(String kind, String authorId, boolean confidential, long count) {
    }

    /** Resources of one code and status proposed in the period: how many and their cost in cents. */
    public record ResourceCount(String code, String status, long count, long cents) {
    }

    /** An intervention behind a figure, with its case file (never a confidential one). */
    public record InterventionRef(UUID caseFileId, String caseNumber, long occurredAt, String kind) {
    }

    private final Jdbc jdbc;

    public ReportQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The people attended: members, during the period, of the households whose case file had an intervention in
     * it, each person once (whatever their households), counted by sex and age on the period's last day (null
     * when unknown); with the number of those households.
     */
    public Attended attended(Filter f) {
        List<Object> params = new ArrayList<>();
        String to = f.to().toString();
        String sql = attendedCte(f, params, "p.id, p.sex, p.birth_date")
                + " SELECT (SELECT count(*) FROM hh), g.sex, g.age, g.n FROM (SELECT 1) LEFT JOIN"
                + " (SELECT sex, CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)"
                + " - (substr(?, 6) < substr(birth_date, 6)) AS age, count(*) AS n FROM people GROUP BY 1, 2) g";
        params.addAll(List.of(to, to));
        List<Object[]> rows = jdbc.jdbc(c -> Sql.list(c, sql, params, rs -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getObject(3) == null ? null : rs.getInt(3), rs.getLong(4)}));
        List<PeopleCount> people = new ArrayList<>();
        for (Object[] r : rows) {
            if ((Long) r[3] > 0) {
                people.add(new PeopleCount((String) r[1], (Integer) r[2], (Long) r[3]));
            }
        }
        return new Attended(rows.isEmpty() ? 0 : (Long) rows.getFirst()[0], people);
    }

    /** Only how many households and people {@link #attended} would count (the previous period's figures). */
    public Totals attendedTotals(Filter f) {
        List<Object> params = new ArrayList<>();
        String sql = attendedCte(f, params, "p.id") + " SELECT (SELECT count(*) FROM hh), (SELECT count(*) FROM people)";
        return jdbc.jdbc(c -> Sql.first(c, sql, params, rs -> new Totals(rs.getLong(1), rs.getLong(2))));
    }

    /**
     * {@code hh}: the households whose case file had an intervention in the period; {@code people}: their members
     * during the period, each once, with {@code columns} of the person.
     */
    private static String attendedCte(Filter f, List<Object> params, String columns) {
        String cases = f.caseFiles(params);
        params.add(f.fromMs());
        params.add(f.toMs());
        params.add(f.to().toString());
        params.add(f.from().toString());
        return "WITH hh AS MATERIALIZED (SELECT DISTINCT cf.household_id AS id FROM case_file cf WHERE " + cases
                + " AND EXISTS (SELECT 1 FROM intervention i WHERE i.case_file_id = cf.id AND i.deleted_at IS NULL"
                + " AND i.occurred_at >= ? AND i.occurred_at < ?)),"
                + " people AS (SELECT DISTINCT " + columns + " FROM hh"
                + " JOIN household_member m ON m.household_id = hh.id AND m.deleted_at IS NULL"
                + " AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?)"
                + " JOIN person p ON p.id = m.person_id AND p.deleted_at IS NULL AND p.merged_into IS NULL)";
    }

    /** Case files opened in the period. */
    public long opened(Filter f) {
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(f.from().toString());
        params.add(f.to().toString());
        return count("SELECT count(*) FROM case_file cf WHERE " + cases + " AND cf.opened_on >= ? AND cf.opened_on <= ?",
                params);
    }

    /** Case files with an event of {@code kind} (CLOSED, REOPENED) in the period, each once. */
    public long withEvent(Filter f, String kind) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "e");
        params.add(kind);
        return count("SELECT count(DISTINCT e.case_file_id) FROM case_event e WHERE " + where + " AND e.kind = ?", params);
    }

    /** Interventions in the period counted by kind, author and confidentiality (one pass over the report index). */
    public List<InterventionCount> interventions(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "i");
        return jdbc.jdbc(c -> Sql.list(c, "SELECT i.kind, i.author_id, i.confidential, count(*) FROM intervention i"
                + " INDEXED BY intervention_report WHERE " + where + " GROUP BY i.kind, i.author_id, i.confidential", params,
                rs -> new InterventionCount(rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getLong(4))));
    }

    /** How many interventions the period holds (the previous period's figure): the report index alone, no grouping. */
    public long interventionCount(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "i");
        return count("SELECT count(*) FROM intervention i INDEXED BY intervention_report WHERE " + where, params);
    }

    /** Demands in the period by area code. */
    public List<KeyCount> demandsByArea(Filter f) {
        return grouped("d.area_code", "demand d", f, "");
    }

    /** Assessments in the period by their list of problem codes as stored ("P01,P03"). */
    public List<KeyCount> assessmentsByProblems(Filter f) {
        return grouped("a.problem_codes", "assessment a", f, "");
    }

    /** Demands in the period that no granted resource answers, by area code. */
    public List<KeyCount> unmetDemandsByArea(Filter f) {
        return grouped("d.area_code", "demand d", f, " AND d.id NOT IN (SELECT r.demand_id FROM resource_assignment r"
                + " WHERE r.demand_id IS NOT NULL AND r.deleted_at IS NULL AND r.status IN " + GRANTED + ")");
    }

    /** Resources proposed in the period by code and status, with their cost. */
    public List<ResourceCount> resources(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "r");
        return jdbc.jdbc(c -> Sql.list(c, "SELECT r.resource_code, r.status, count(*), coalesce(sum(r.cost_cents), 0)"
                + " FROM resource_assignment r WHERE " + where + " GROUP BY r.resource_code, r.status", params,
                rs -> new ResourceCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))));
    }

    /** Case files active at the end of the period (opened by then, not closed by then), by reference professional. */
    public List<KeyCount> activeByProfessional(Filter f) {
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(f.to().toString());
        params.add(f.to().toString());
        return jdbc.jdbc(c -> Sql.list(c, "SELECT cf.reference_professional_id, count(*) FROM case_file cf WHERE " + cases
                + " AND cf.opened_on <= ? AND (cf.status <> 'CLOSED' OR cf.closed_on > ?)"
                + " GROUP BY cf.reference_professional_id", params, rs -> new KeyCount(rs.getString(1), rs.getLong(2))));
    }

    /** Active plans whose review date is before {@code asOf}, by the case file's reference professional. */
    public List<KeyCount> overdueReviewsByProfessional(Filter f, LocalDate asOf) {
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(asOf.toString());
        return jdbc.jdbc(c -> Sql.list(c, "SELECT cf.reference_professional_id, count(*) FROM intervention_plan p"
                + " JOIN case_file cf ON cf.id = p.case_file_id WHERE " + cases + " AND p.deleted_at IS NULL"
                + " AND p.status = 'ACTIVE' AND p.review_on IS NOT NULL AND p.review_on < ?"
                + " GROUP BY cf.reference_professional_id", params, rs -> new KeyCount(rs.getString(1), rs.getLong(2))));
    }

    /** The non-confidential interventions of {@code kind} in the period, oldest first (the drill-down). */
    public List<InterventionRef> interventions(Filter f, String kind) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "i");
        params.add(kind);
        return jdbc.jdbc(c -> Sql.list(c, "SELECT cf.id, cf.number, i.occurred_at, i.kind FROM intervention i"
                + " JOIN case_file cf ON cf.id = i.case_file_id WHERE " + where + " AND cf.deleted_at IS NULL"
                + " AND i.kind = ? AND i.confidential = 0 ORDER BY i.occurred_at, cf.number", params,
                rs -> new InterventionRef(Sql.uuid(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getString(4))));
    }

    private List<KeyCount> grouped(String key, String table, Filter f, String extra) {
        String alias = table.substring(table.indexOf(' ') + 1);
        List<Object> params = new ArrayList<>();
        String where = f.records(params, alias);
        return jdbc.jdbc(c -> Sql.list(c, "SELECT " + key + ", count(*) FROM " + table + " WHERE " + where + extra
                + " GROUP BY " + key, params, rs -> new KeyCount(rs.getString(1), rs.getLong(2))));
    }

    private long count(String sql, List<Object> params) {
        Long n = jdbc.jdbc(c -> Sql.first(c, sql, params, rs -> rs.getLong(1)));
        return n == null ? 0 : n;
    }
}
