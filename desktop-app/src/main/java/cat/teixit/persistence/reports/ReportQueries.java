package cat.teixit.persistence.reports;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** The kinds of intervention the store allows (its CHECK), coded by their place here; another reads as text. */
    private static final List<String> KINDS = List.of("OFFICE_INTERVIEW", "HOME_VISIT", "PHONE_CALL", "COORDINATION",
            "REPORT", "OTHER");

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

        /**
         * True when the filter covers several teams and no single professional: many case files, so that one pass over
         * a period's index entries beats a probe per case file (a team's or a professional's few are probed).
         */
        boolean wide() {
            return scopes.size() > 1 && professional == null;
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
            List<KeyCount> districts, Map<String, Totals> byScope) {

        public Attended {
            byScope = Map.copyOf(byScope);
        }

        public long peopleTotal() {
            return people.stream().mapToLong(PeopleCount::count).sum();
        }

        /** Only how many households and people. */
        public Totals totals() {
            return new Totals(households, peopleTotal());
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

    /** Interventions of one scope, kind, author and confidentiality in the period. */
    public record InterventionCount(String scope, String kind, String authorId, boolean confidential, long count) {
    }

    /** Case files opened in the period, and case files with a CLOSED or a REOPENED event in it (each once). */
    public record CaseFileCounts(long opened, long closed, long reopened) {
    }

    /**
     * Resources of one code, status and funding administration (null: not recorded) proposed in the period: how many
     * and their cost in cents.
     */
    public record ResourceCount(String code, String status, String funding, long count, long cents) {
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

    /**
     * A record behind a figure, with its case file: when it happened (an instant {@code atMs} or a {@code day}) and up
     * to two keys the figure is told apart by (a code, a district, a scope...). Never a confidential entry.
     */
    public record CaseRef(UUID caseFileId, String caseNumber, Long atMs, LocalDate day, String key, String key2) {
    }

    /** A case file behind the people attended, with one member of its household. */
    public record AttendedRef(UUID caseFileId, String caseNumber, long firstMs, String sex, String birthDate,
            String nationality, String district) {
    }

    private final Jdbc jdbc;

    public ReportQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The people attended: members, during the period, of the households whose case file had an intervention in
     * it, each person once (whatever their households), counted by sex and age on the period's last day (null
     * when unknown); with the number of those households. With {@code byScope}, also each scope's households and
     * people (each once within the scope; a scope with nothing in the period is absent) from the same pass over the
     * people, for the memòria's table per team.
     */
    public Attended attended(Filter f, boolean byScope) {
        List<Object> params = new ArrayList<>();
        String to = f.to().toString();
        List<String> scopeList = List.copyOf(f.scopes());
        // One row per household attended (per scope of it, with byScope) and member of it during the period (a person
        // in two households, or in a household of two teams, comes twice; a household without one, once with no
        // person): households and people are then counted once each here, by integer keys (the household's rank,
        // the person's rowid), instead of by a DISTINCT and four GROUP BYs over text columns in SQL (decision 0020).
        String sql = attendedCte(f, params, byScope)
                + " SELECT ordered.hn, ordered.team, p.rowid, CASE p.sex WHEN 'F' THEN 1 WHEN 'M' THEN 2"
                + " WHEN 'X' THEN 3 ELSE 0 END, CAST(substr(?, 1, 4) AS INTEGER)"
                + " - CAST(substr(p.birth_date, 1, 4) AS INTEGER) - (substr(?, 6) < substr(p.birth_date, 6)),"
                + " p.nationality, p.district"
                + " FROM ordered LEFT JOIN household_member m ON m.household_id = ordered.id AND m.deleted_at IS NULL"
                + " AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?)"
                + " LEFT JOIN person p ON p.id = m.person_id AND p.deleted_at IS NULL AND p.merged_into IS NULL";
        params.addAll(List.of(to, to, to, f.from().toString()));
        PeopleTally everyone = new PeopleTally();
        PeopleTally.Keys households = new PeopleTally.Keys();
        PeopleTally.Keys[] scopeHouseholds = new PeopleTally.Keys[scopeList.size()];
        PeopleTally.Keys[] scopePeople = new PeopleTally.Keys[scopeList.size()];
        for (int i = 0; i < scopeList.size(); i++) {
            scopeHouseholds[i] = new PeopleTally.Keys();
            scopePeople[i] = new PeopleTally.Keys();
        }
        jdbc.jdbc(c -> {
            Sql.forEach(c, sql, params, rs -> {
                long household = rs.getLong(1);
                int team = rs.getInt(2);
                households.add(household);
                scopeHouseholds[team].add(household);
                long person = rs.getLong(3);
                if (!rs.wasNull()) {
                    scopePeople[team].add(person);
                    if (everyone.firstTime(person)) {
                        int sex = rs.getInt(4);
                        long age = rs.getLong(5);
                        Integer ageOrNull = rs.wasNull() ? null : (int) age;
                        everyone.count(sex, ageOrNull, rs.getString(6), rs.getString(7));
                    }
                }
                return null;
            });
            return null;
        });
        Map<String, Totals> byScopeTotals = new TreeMap<>();
        if (byScope) {
            for (int i = 0; i < scopeList.size(); i++) {
                if (scopeHouseholds[i].size() > 0) {
                    byScopeTotals.put(scopeList.get(i), new Totals(scopeHouseholds[i].size(), scopePeople[i].size()));
                }
            }
        }
        return new Attended(households.size(), everyone.people(), everyone.nationalities(), everyone.districts(),
                byScopeTotals);
    }

    /**
     * Only how many households and people {@link #attended} counts (another period's headline figures): the same rows,
     * of which only the household's rank and the person's rowid are read.
     */
    public Totals attendedTotals(Filter f) {
        List<Object> params = new ArrayList<>();
        String sql = attendedCte(f, params, false) + " SELECT ordered.hn, p.rowid FROM ordered"
                + " LEFT JOIN household_member m ON m.household_id = ordered.id AND m.deleted_at IS NULL"
                + " AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?)"
                + " LEFT JOIN person p ON p.id = m.person_id AND p.deleted_at IS NULL AND p.merged_into IS NULL";
        params.addAll(List.of(f.to().toString(), f.from().toString()));
        PeopleTally.Keys households = new PeopleTally.Keys();
        PeopleTally.Keys people = new PeopleTally.Keys();
        jdbc.jdbc(c -> {
            Sql.forEach(c, sql, params, rs -> {
                households.add(rs.getLong(1));
                long person = rs.getLong(2);
                if (!rs.wasNull()) {
                    people.add(person);
                }
                return null;
            });
            return null;
        });
        return new Totals(households.size(), people.size());
    }

    /**
     * {@code hh}: the households whose case file had an intervention in the period (with {@code byScope}, once per
     * scope of such a case file: column {@code team} is the scope's place in the filter's list; otherwise 0);
     * {@code ordered}: the same in order of id, each household ranked ({@code hn}, the same for one household under
     * two scopes), so that their members and people are read in index order. Materialised, and joined in this order:
     * left to itself, the planner would rather walk every person and look their households up.
     */
    private static String attendedCte(Filter f, List<Object> params, boolean byScope) {
        String team = byScope ? coded("cf.scope", List.copyOf(f.scopes()), params) : "0";
        String cases = f.caseFiles(params);
        // Several teams: the case files of the period's whole months from the summary of case files per year (one row
        // each, so nothing to make distinct; decision 0055), and those of what is left of the period from the report
        // index; one team's or one professional's case files are probed.
        String hadIntervention;
        if (f.wide()) {
            MonthBuckets.Split split = MonthBuckets.split(f.fromMs(), f.toMs());
            List<String> arms = new ArrayList<>();
            if (split.hasMonths()) {
                arms.add("SELECT s.case_file_id FROM report_case_year s WHERE " + caseYears(split, params));
            }
            for (long[] range : split.rest()) {
                arms.add("SELECT i.case_file_id FROM intervention i INDEXED BY intervention_report"
                        + " WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.deleted_at IS NULL");
                params.add(range[0]);
                params.add(range[1]);
            }
            hadIntervention = arms.isEmpty() ? " AND 0" : " AND cf.id IN (" + String.join(" UNION ALL ", arms) + ")";
        } else {
            params.add(f.fromMs());
            params.add(f.toMs());
            hadIntervention = " AND EXISTS (SELECT 1 FROM intervention i WHERE i.case_file_id = cf.id AND i.deleted_at IS NULL"
                    + " AND i.occurred_at >= ? AND i.occurred_at < ?)";
        }
        return "WITH hh AS MATERIALIZED (SELECT DISTINCT " + team + " AS team, cf.household_id AS id"
                + " FROM case_file cf WHERE " + cases + hadIntervention + "),"
                + " ordered AS MATERIALIZED (SELECT team, id, dense_rank() OVER (ORDER BY id) AS hn FROM hh)";
    }

    /** The rows of {@code report_case_year s} with a bit of the split's months set, their values appended. */
    private static String caseYears(MonthBuckets.Split split, List<Object> params) {
        params.add(split.firstYear());
        params.add(split.lastYear());
        StringBuilder b = new StringBuilder("s.year >= ? AND s.year <= ? AND s.months & CASE s.year");
        for (int y = split.firstYear(); y <= split.lastYear(); y++) {
            b.append(" WHEN ? THEN ?");
            params.add(y);
            params.add(split.monthsOf(y));
        }
        return b.append(" END <> 0").toString();
    }

    /** Case files opened in the period, and those with a CLOSED or REOPENED event in it. */
    public CaseFileCounts caseFileCounts(Filter f) {
        long[] events = new long[2];
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "e");
        jdbc.jdbc(c -> Sql.list(c, "SELECT e.kind, count(DISTINCT e.case_file_id) FROM case_event e WHERE " + where
                + " AND e.kind IN ('CLOSED', 'REOPENED') GROUP BY e.kind", params,
                rs -> events["CLOSED".equals(rs.getString(1)) ? 0 : 1] = rs.getLong(2)));
        List<Object> p2 = new ArrayList<>();
        String cases = f.caseFiles(p2);
        p2.add(f.from().toString());
        p2.add(f.to().toString());
        long opened = count("SELECT count(*) FROM case_file cf WHERE " + cases
                + " AND cf.opened_on >= ? AND cf.opened_on <= ?", p2);
        return new CaseFileCounts(opened, events[0], events[1]);
    }

    /**
     * {@link #caseFileCounts} of each scope of the filter, one grouped pass per table (the memòria's table per team).
     * A scope with nothing in the period is absent.
     */
    public Map<String, CaseFileCounts> caseFileCountsByScope(Filter f) {
        Map<String, long[]> by = new TreeMap<>();
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(f.from().toString());
        params.add(f.to().toString());
        jdbc.jdbc(c -> Sql.list(c, "SELECT cf.scope, count(*) FROM case_file cf WHERE " + cases
                + " AND cf.opened_on >= ? AND cf.opened_on <= ? GROUP BY cf.scope", params,
                rs -> by.computeIfAbsent(rs.getString(1), k -> new long[3])[0] = rs.getLong(2)));
        List<Object> p2 = new ArrayList<>();
        String events = f.records(p2, "e");
        jdbc.jdbc(c -> Sql.list(c, "SELECT e.scope, e.kind, count(DISTINCT e.case_file_id) FROM case_event e WHERE " + events
                + " AND e.kind IN ('CLOSED', 'REOPENED') GROUP BY e.scope, e.kind", p2,
                rs -> by.computeIfAbsent(rs.getString(1), k -> new long[3])["CLOSED".equals(rs.getString(2)) ? 1 : 2]
                        = rs.getLong(3)));
        Map<String, CaseFileCounts> out = new TreeMap<>();
        by.forEach((scope, v) -> out.put(scope, new CaseFileCounts(v[0], v[1], v[2])));
        return out;
    }

    /**
     * Interventions in the period counted by scope, kind, author and confidentiality (one pass over the report index,
     * for the breakdowns, the caseload and the memòria's table per team).
     */
    public List<InterventionCount> interventions(Filter f) {
        List<String> scopes = List.copyOf(f.scopes());
        // Counted here rather than by a GROUP BY (a sort of the period's rows by four text columns): the team and the
        // kind come as their place in a list, the author as text; the counts are then sorted as the GROUP BY gave them.
        Map<InterventionCount, long[]> counts = new HashMap<>();
        // Without a professional, the period's whole months come from the summary (about 24,000 rows for every team's
        // year instead of 150,000 index entries; decision 0055), what is left of the period from the interventions.
        List<long[]> ranges = List.of(new long[] {f.fromMs(), f.toMs()});
        if (f.professional() == null) {
            MonthBuckets.Split split = MonthBuckets.split(f.fromMs(), f.toMs());
            if (split.hasMonths()) {
                List<Object> params = new ArrayList<>();
                String sql = "SELECT " + coded("s.scope", scopes, params) + ", " + coded("s.kind", KINDS, params)
                        + ", s.author_id, s.confidential, s.kind, s.n FROM report_intervention_month s"
                        + " WHERE s.month >= ? AND s.month <= ? AND s.scope IN (" + Sql.placeholders(scopes.size()) + ")";
                params.add(split.first());
                params.add(split.last());
                params.addAll(scopes);
                countInterventions(sql, params, scopes, counts);
            }
            ranges = split.rest();
        }
        for (long[] range : ranges) {
            Filter part = new Filter(scopes, f.professional(), f.from(), f.to(), range[0], range[1]);
            List<Object> params = new ArrayList<>();
            String scope = coded("i.scope", scopes, params);
            String kind = coded("i.kind", KINDS, params);
            String where = part.records(params, "i");
            // Several teams: the report index, date first; one team's or one professional's: the index of a team's
            // interventions.
            String index = f.wide() ? "intervention_report" : "intervention_scope_report";
            countInterventions("SELECT " + scope + ", " + kind + ", i.author_id, i.confidential, i.kind, 1 FROM intervention i"
                    + " INDEXED BY " + index + " WHERE " + where, params, scopes, counts);
        }
        List<InterventionCount> out = new ArrayList<>(counts.size());
        counts.forEach((k, n) -> out.add(new InterventionCount(k.scope(), k.kind(), k.authorId(), k.confidential(), n[0])));
        out.sort(Comparator.comparing(InterventionCount::scope, PeopleTally.SQL_ORDER)
                .thenComparing(InterventionCount::kind, PeopleTally.SQL_ORDER)
                .thenComparing(InterventionCount::authorId, PeopleTally.SQL_ORDER)
                .thenComparing(InterventionCount::confidential));
        return out;
    }

    /** Adds to {@code counts} the rows of {@code sql}: scope and kind coded, author, confidentiality, kind, how many. */
    private void countInterventions(String sql, List<Object> params, List<String> scopes,
            Map<InterventionCount, long[]> counts) {
        jdbc.jdbc(c -> {
            Sql.forEach(c, sql, params, rs -> {
                int k = rs.getInt(2);
                String kindName = rs.wasNull() ? rs.getString(5) : KINDS.get(k);
                InterventionCount key = new InterventionCount(scopes.get(rs.getInt(1)), kindName, rs.getString(3),
                        rs.getInt(4) == 1, 0);
                counts.computeIfAbsent(key, x -> new long[1])[0] += rs.getLong(6);
                return null;
            });
            return null;
        });
    }

    /** {@code column} as its value's place in {@code values} (NULL when not there), the values bound in order. */
    private static String coded(String column, List<String> values, List<Object> params) {
        StringBuilder b = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < values.size(); i++) {
            b.append(" WHEN ? THEN ").append(i);
            params.add(values.get(i));
        }
        return b.append(" END").toString();
    }

    /**
     * How many interventions the period holds (another period's figure): without a professional, the summary's whole
     * months and the report index for what is left; with one, the index alone. No grouping.
     */
    public long interventionCount(Filter f) {
        List<long[]> ranges = List.of(new long[] {f.fromMs(), f.toMs()});
        long n = 0;
        if (f.professional() == null) {
            // The whole months from the summary, what is left of the period from the interventions (decision 0055).
            MonthBuckets.Split split = MonthBuckets.split(f.fromMs(), f.toMs());
            if (split.hasMonths()) {
                List<Object> params = new ArrayList<>(List.of(split.first(), split.last()));
                params.addAll(f.scopes());
                n += count("SELECT coalesce(sum(s.n), 0) FROM report_intervention_month s WHERE s.month >= ?"
                        + " AND s.month <= ? AND s.scope IN (" + Sql.placeholders(f.scopes().size()) + ")", params);
            }
            ranges = split.rest();
        }
        for (long[] range : ranges) {
            List<Object> params = new ArrayList<>();
            String where = new Filter(f.scopes(), f.professional(), f.from(), f.to(), range[0], range[1]).records(params, "i");
            n += count("SELECT count(*) FROM intervention i INDEXED BY intervention_scope_report WHERE " + where, params);
        }
        return n;
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
        // Several teams: every granted resource's demand listed once; a team's few demands each probed instead.
        String unanswered = f.wide()
                ? " AND d.id NOT IN (SELECT r.demand_id FROM resource_assignment r WHERE r.demand_id IS NOT NULL"
                        + " AND r.deleted_at IS NULL AND r.status IN " + GRANTED + ")"
                : " AND NOT EXISTS (SELECT 1 FROM resource_assignment r WHERE r.demand_id = d.id"
                        + " AND r.deleted_at IS NULL AND r.status IN " + GRANTED + ")";
        // Counted per case file first, so that each case file and its household are looked up once, in order.
        return jdbc.jdbc(c -> Sql.list(c, "SELECT h.district, x.area_code, sum(x.n) FROM (SELECT d.case_file_id,"
                + " d.area_code, count(*) AS n FROM demand d WHERE " + where + unanswered
                + " GROUP BY d.case_file_id, d.area_code) x JOIN case_file cf ON cf.id = x.case_file_id"
                + " LEFT JOIN household h ON h.id = cf.household_id GROUP BY h.district, x.area_code", params,
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

    /** Resources proposed in the period by code, status and funding administration, with their cost. */
    public List<ResourceCount> resources(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "r");
        return jdbc.jdbc(c -> Sql.list(c, "SELECT r.resource_code, r.status, r.funding, count(*),"
                + " coalesce(sum(r.cost_cents), 0) FROM resource_assignment r WHERE " + where
                + " GROUP BY r.resource_code, r.status, r.funding", params,
                rs -> new ResourceCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5))));
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

    /** The non-confidential interventions of {@code kind} (of every kind when null) in the period, oldest first. */
    public List<CaseRef> interventions(Filter f, String kind) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "i");
        String ofKind = "";
        if (kind != null) {
            params.add(kind);
            ofKind = " AND i.kind = ?";
        }
        return refs("SELECT cf.id, cf.number, i.occurred_at, NULL, i.kind, NULL FROM intervention i"
                + " JOIN case_file cf ON cf.id = i.case_file_id WHERE " + where + " AND cf.deleted_at IS NULL" + ofKind
                + " AND i.confidential = 0", params);
    }

    /**
     * The case files behind the people attended: each case file with an intervention in the period (its first one's
     * instant), once per member of its household during the period, with the member's sex, birth date, nationality
     * and district, so that a breakdown's key can pick its rows ({@code key} sex, {@code key2} birth date; the
     * nationality and district in {@link AttendedRef}).
     */
    public List<AttendedRef> attendedCases(Filter f) {
        List<Object> params = new ArrayList<>();
        params.add(f.fromMs());
        params.add(f.toMs());
        String cases = f.caseFiles(params);
        params.add(f.to().toString());
        params.add(f.from().toString());
        return jdbc.jdbc(c -> Sql.list(c, "SELECT x.id, x.number, x.first, p.sex, p.birth_date, p.nationality, p.district"
                + " FROM (SELECT cf.id, cf.number, cf.household_id, (SELECT min(i.occurred_at) FROM intervention i"
                + " WHERE i.case_file_id = cf.id AND i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?)"
                + " AS first FROM case_file cf WHERE " + cases + ") x"
                + " JOIN household_member m ON m.household_id = x.household_id AND m.deleted_at IS NULL"
                + " AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on >= ?)"
                + " JOIN person p ON p.id = m.person_id AND p.deleted_at IS NULL AND p.merged_into IS NULL"
                + " WHERE x.first IS NOT NULL", params,
                rs -> new AttendedRef(Sql.uuid(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))));
    }

    /** Case files opened in the period, with the day. */
    public List<CaseRef> openedCases(Filter f) {
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(f.from().toString());
        params.add(f.to().toString());
        return refs("SELECT cf.id, cf.number, NULL, cf.opened_on, NULL, NULL FROM case_file cf WHERE " + cases
                + " AND cf.opened_on >= ? AND cf.opened_on <= ?", params);
    }

    /** Case files with an event of {@code kind} (CLOSED, REOPENED) in the period, one row per event. */
    public List<CaseRef> eventCases(Filter f, String kind) {
        List<Object> params = new ArrayList<>();
        String where = f.records(params, "e");
        params.add(kind);
        return refs("SELECT cf.id, cf.number, e.occurred_at, NULL, e.kind, NULL FROM case_event e"
                + " JOIN case_file cf ON cf.id = e.case_file_id WHERE " + where + " AND cf.deleted_at IS NULL"
                + " AND e.kind = ?", params);
    }

    /** What {@link #codeCases} reads: demands by area, assessments by problems, resources by code, unmet demands. */
    public enum CodeSource { DEMANDS, ASSESSMENTS, RESOURCES, UNMET }

    /**
     * The records of {@code source} in the period with their code ({@code key}; an assessment's list of problem codes
     * as stored) and, for unmet demands, the district of their case file's household ({@code key2}); for resources
     * {@code key2} is their funding administration ("" when not recorded), a colon and their status.
     */
    public List<CaseRef> codeCases(Filter f, CodeSource source) {
        List<Object> params = new ArrayList<>();
        return switch (source) {
            case DEMANDS -> refs("SELECT cf.id, cf.number, d.occurred_at, NULL, d.area_code, NULL FROM demand d"
                    + " JOIN case_file cf ON cf.id = d.case_file_id WHERE " + f.records(params, "d")
                    + " AND cf.deleted_at IS NULL", params);
            case ASSESSMENTS -> refs("SELECT cf.id, cf.number, a.occurred_at, NULL, a.problem_codes, NULL FROM assessment a"
                    + " JOIN case_file cf ON cf.id = a.case_file_id WHERE " + f.records(params, "a")
                    + " AND cf.deleted_at IS NULL", params);
            case RESOURCES -> refs("SELECT cf.id, cf.number, r.occurred_at, NULL, r.resource_code,"
                    + " coalesce(r.funding, '') || ':' || r.status"
                    + " FROM resource_assignment r JOIN case_file cf ON cf.id = r.case_file_id WHERE "
                    + f.records(params, "r") + " AND cf.deleted_at IS NULL", params);
            case UNMET -> refs("SELECT cf.id, cf.number, d.occurred_at, NULL, d.area_code, h.district FROM demand d"
                    + " JOIN case_file cf ON cf.id = d.case_file_id LEFT JOIN household h ON h.id = cf.household_id"
                    + " WHERE " + f.records(params, "d") + " AND cf.deleted_at IS NULL AND d.id NOT IN (SELECT r.demand_id"
                    + " FROM resource_assignment r WHERE r.demand_id IS NOT NULL AND r.deleted_at IS NULL AND r.status IN "
                    + GRANTED + ")", params);
        };
    }

    /** The case files active at the period's end whose reference is {@code professional} (none: null), with their opening day. */
    public List<CaseRef> activeCases(Filter f, UUID professional) {
        List<Object> params = new ArrayList<>();
        String cases = f.caseFiles(params);
        params.add(f.to().toString());
        params.add(f.to().toString());
        String whose = " AND cf.reference_professional_id IS NULL";
        if (professional != null) {
            params.add(professional.toString());
            whose = " AND cf.reference_professional_id = ?";
        }
        return refs("SELECT cf.id, cf.number, NULL, cf.opened_on, NULL, NULL FROM case_file cf WHERE " + cases
                + " AND cf.opened_on <= ? AND (cf.status <> 'CLOSED' OR cf.closed_on > ?)" + whose, params);
    }

    /** The first visits held in the period (see {@link #firstVisits}) with a case file: its scope ({@code key}) and professional ({@code key2}). */
    public List<CaseRef> firstVisitCases(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = appointments(f, params);
        return refs("SELECT cf.id, cf.number, a.starts_at, NULL, a.scope, a.professional_id FROM appointment a"
                + " JOIN case_file cf ON cf.id = a.case_file_id WHERE " + where + " AND cf.deleted_at IS NULL"
                + " AND a.kind = 'FIRST_VISIT' AND a.status = 'ATTENDED' AND a.request_date IS NOT NULL", params);
    }

    /** The case files of the people enrolled in {@code activity} at some time in the period, with when they were enrolled. */
    public List<CaseRef> groupCases(Filter f, UUID activity) {
        List<Object> params = new ArrayList<>(List.of(activity.toString(), f.toMs(), f.fromMs()));
        String cases = f.caseFiles(params);
        return refs("SELECT cf.id, cf.number, e.enrolled_at, NULL, NULL, NULL FROM group_enrolment e"
                + " JOIN case_file cf ON cf.id = e.case_file_id WHERE e.activity_id = ? AND e.deleted_at IS NULL"
                + " AND e.enrolled_at IS NOT NULL AND e.enrolled_at < ? AND (e.withdrawn_at IS NULL OR e.withdrawn_at >= ?)"
                + " AND " + cases, params);
    }

    private List<CaseRef> refs(String sql, List<Object> params) {
        return jdbc.jdbc(c -> Sql.list(c, sql, params, rs -> new CaseRef(Sql.uuid(rs.getString(1)), rs.getString(2),
                rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                rs.getString(5), rs.getString(6))));
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
