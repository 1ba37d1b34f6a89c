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

    /**
     * Households attended in the period and their people, each once: by sex and age, by nationality (a country
     * code, null when not recorded) and by district (as written on the person, null when not recorded).
     */
    public record Attended(long households, List<PeopleCount> people, List<KeyCount> nationalities,
            List<KeyCount> districts) {

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

    /** A count under a district (null: not recorded) and a code. */
    public record DistrictCount(String district, String code, long count) {
    }

    /** A first visit held: its scope, professional, the date it was asked for, and when it started. */
    public record FirstVisit(String scope, String professionalId, LocalDate requested, long startsAt) {
    }

    /** A group activity's figures in the period (see {@link #groups}). */
    public record GroupCount(UUID id, String title, String programme, long enrolled, long dropOuts, long sessions,
            long marks, long present) {
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
        // One materialised pass over the people, then three groupings of those rows (and the households' count).
        String sql = attendedCte(f, params, "p.id, p.sex, p.birth_date, p.nationality, p.district", true)
                + " SELECT 'S', sex, CAST(substr(?, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)"
                + " - (substr(?, 6) < substr(birth_date, 6)), count(*) FROM people GROUP BY 2, 3"
                + " UNION ALL SELECT 'N', nationality, NULL, count(*) FROM people GROUP BY 2"
                + " UNION ALL SELECT 'D', district, NULL, count(*) FROM people GROUP BY 2"
                + " UNION ALL SELECT 'H', NULL, NULL, count(*) FROM hh";
        params.addAll(List.of(to, to));
        List<PeopleCount> people = new ArrayList<>();
        List<KeyCount> nationalities = new ArrayList<>();
        List<KeyCount> districts = new ArrayList<>();
        long[] households = {0};
        jdbc.jdbc(c -> Sql.list(c, sql, params, rs -> {
            String dimension = rs.getString(1);
            long n = rs.getLong(4);
            switch (dimension) {
                case "S" -> people.add(new PeopleCount(rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3), n));
                case "N" -> nationalities.add(new KeyCount(rs.getString(2), n));
                case "D" -> districts.add(new KeyCount(rs.getString(2), n));
                default -> households[0] = n;
            }
            return dimension;
        }));
        return new Attended(households[0], people, nationalities, districts);
    }

    /** Only how many households and people {@link #attended} would count (the previous period's figures). */
    public Totals attendedTotals(Filter f) {
        List<Object> params = new ArrayList<>();
        String sql = attendedCte(f, params, "p.id", false) + " SELECT (SELECT count(*) FROM hh), (SELECT count(*) FROM people)";
        return jdbc.jdbc(c -> Sql.first(c, sql, params, rs -> new Totals(rs.getLong(1), rs.getLong(2))));
    }

    /**
     * {@code hh}: the households whose case file had an intervention in the period; {@code people}: their members
     * during the period, each once, with {@code columns} of the person.
     */
    private static String attendedCte(Filter f, List<Object> params, String columns, boolean materialized) {
        String cases = f.caseFiles(params);
        params.add(f.fromMs());
        params.add(f.toMs());
        params.add(f.to().toString());
        params.add(f.from().toString());
        return "WITH hh AS MATERIALIZED (SELECT DISTINCT cf.household_id AS id FROM case_file cf WHERE " + cases
                + " AND EXISTS (SELECT 1 FROM intervention i WHERE i.case_file_id = cf.id AND i.deleted_at IS NULL"
                + " AND i.occurred_at >= ? AND i.occurred_at < ?)),"
                + " people AS " + (materialized ? "MATERIALIZED " : "") + "(SELECT DISTINCT " + columns + " FROM hh"
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

    /**
     * Demands in the period that no granted resource answers, by the district of their case file's household (null
     * when not recorded) and area code.
     */
    public List<DistrictCount> unmetDemands(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "d");
        return jdbc.jdbc(c -> Sql.list(c, "SELECT h.district, d.area_code, count(*) FROM demand d"
                + " JOIN case_file cf ON cf.id = d.case_file_id LEFT JOIN household h ON h.id = cf.household_id"
                + " WHERE " + where + " AND d.id NOT IN (SELECT r.demand_id FROM resource_assignment r"
                + " WHERE r.demand_id IS NOT NULL AND r.deleted_at IS NULL AND r.status IN " + GRANTED + ")"
                + " GROUP BY h.district, d.area_code", params,
                rs -> new DistrictCount(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    /**
     * First visits that took place in the period (attended, with the date they were asked for): the appointment's
     * scope, professional, request date and start, for the waiting times.
     */
    public List<FirstVisit> firstVisits(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = appointments(f, params);
        return jdbc.jdbc(c -> Sql.list(c, "SELECT a.scope, a.professional_id, a.request_date, a.starts_at"
                + " FROM appointment a WHERE " + where + " AND a.kind = 'FIRST_VISIT' AND a.status = 'ATTENDED'"
                + " AND a.request_date IS NOT NULL", params,
                rs -> new FirstVisit(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)), rs.getLong(4))));
    }

    /** Appointments in the period not cancelled (booked, attended, missed), by professional. */
    public List<KeyCount> appointmentsByProfessional(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = appointments(f, params);
        return jdbc.jdbc(c -> Sql.list(c, "SELECT a.professional_id, count(*) FROM appointment a WHERE " + where
                + " AND a.status <> 'CANCELLED' GROUP BY a.professional_id", params,
                rs -> new KeyCount(rs.getString(1), rs.getLong(2))));
    }

    /**
     * Appointments {@code a} of the scopes starting in the period; with a professional, that professional's (an
     * appointment belongs to whom it is with, not to a case file's reference).
     */
    private static String appointments(Filter f, List<Object> params) {
        params.addAll(f.scopes());
        params.add(f.fromMs());
        params.add(f.toMs());
        String sql = "a.scope IN (" + Sql.placeholders(f.scopes().size()) + ") AND a.starts_at >= ? AND a.starts_at < ?"
                + " AND a.deleted_at IS NULL";
        if (f.professional() != null) {
            params.add(f.professional().toString());
            sql += " AND a.professional_id = ?";
        }
        return sql;
    }

    /**
     * The group activities of the scopes with a session held in the period (not cancelled), each with: the people
     * enrolled at some time in the period, those who dropped out in it (withdrawn after being enrolled; not those
     * who left the waiting list), its sessions in the period and their attendance marks (all, present).
     */
    public List<GroupCount> groups(Filter f) {
        List<Object> params = new ArrayList<>();
        long from = f.fromMs();
        long to = f.toMs();
        params.addAll(List.of(to, from, from, to, from, to, from, to, from, to));
        params.addAll(f.scopes());
        params.addAll(List.of(from, to));
        String sessions = "s.activity_id = a.id AND s.deleted_at IS NULL AND s.cancelled = 0 AND s.starts_at >= ?"
                + " AND s.starts_at < ?";
        return jdbc.jdbc(c -> Sql.list(c, "SELECT a.id, a.title, a.programme,"
                + " (SELECT count(*) FROM group_enrolment e WHERE e.activity_id = a.id AND e.deleted_at IS NULL"
                + " AND e.enrolled_at IS NOT NULL AND e.enrolled_at < ? AND (e.withdrawn_at IS NULL OR e.withdrawn_at >= ?)),"
                + " (SELECT count(*) FROM group_enrolment e WHERE e.activity_id = a.id AND e.deleted_at IS NULL"
                + " AND e.status = 'WITHDRAWN' AND e.enrolled_at IS NOT NULL AND e.withdrawn_at >= ? AND e.withdrawn_at < ?),"
                + " (SELECT count(*) FROM group_session s WHERE " + sessions + "),"
                + " (SELECT count(*) FROM group_attendance t JOIN group_session s ON s.id = t.session_id WHERE " + sessions
                + " AND t.deleted_at IS NULL),"
                + " (SELECT count(*) FROM group_attendance t JOIN group_session s ON s.id = t.session_id WHERE " + sessions
                + " AND t.deleted_at IS NULL AND t.mark = 'PRESENT')"
                + " FROM group_activity a WHERE a.deleted_at IS NULL AND a.scope IN (" + Sql.placeholders(f.scopes().size())
                + ") AND EXISTS (SELECT 1 FROM group_session s WHERE " + sessions + ") ORDER BY a.starts_on, a.title",
                params, rs -> new GroupCount(Sql.uuid(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))));
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
