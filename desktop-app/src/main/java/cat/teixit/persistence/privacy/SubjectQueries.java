package cat.teixit.persistence.privacy;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the store holds about one person, for the right of access (GDPR art. 15): the person, their own
 * memberships of households (never the other members), the case files of those households, and of each case file
 * the records about this person or about the household as a whole (never those about another member), their
 * appointments, group enrolments and attendance, consents and the audit entries about any of these. Tombstoned
 * records are included (the store still holds them); each row keeps its {@code scope} for the caller to filter. Times ({@code *_at} columns, epoch milliseconds) are given as
 * ISO-8601 instants. Plain parameterised SQL. Not thread-safe (bound to one unit of work).
 */
public final class SubjectQueries {

    /** One record: its table and its columns in schema order (sync metadata but the tombstone left out). */
    public record Row(String table, Map<String, Object> fields) {
    }

    /**
     * What the store holds about a person: {@code sections} by name in a fixed order (person, memberships,
     * households, case files, ... audit), and {@code others} the identifying values (names, document numbers,
     * phones, e-mails) of the other people who shared a household with them, so that a free text naming one can be
     * masked.
     */
    public record Subject(Map<String, List<Row>> sections, List<Map<String, Object>> others) {
    }

    /** The case-file records a person's export takes: those about the person or the whole household. */
    public static final List<String> CASE_RECORD_TABLES = List.of("case_event", "intervention", "demand", "assessment",
            "resource_assignment", "referral", "attachment");

    private static final Set<String> LEFT_OUT = Set.of("server_version", "updated_at", "row_version");

    private final Jdbc jdbc;

    public SubjectQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** What the store holds about person {@code personId}; empty sections when there is no such person. */
    public Subject of(UUID personId) {
        return jdbc.jdbc(c -> {
            String p = personId.toString();
            Map<String, List<Row>> s = new LinkedHashMap<>();
            s.put("person", rows(c, "person", "SELECT * FROM person WHERE id = ?", List.of(p)));
            List<Row> memberships = rows(c, "household_member", "SELECT * FROM household_member WHERE person_id = ?"
                    + " ORDER BY joined_on", List.of(p));
            s.put("household_member", memberships);
            List<String> households = distinct(memberships, "household_id");
            // The household's name is left out: it is usually the family's surnames, other members' too.
            s.put("household", rows(c, "household", "SELECT id, scope, deleted_at, address, municipality, district,"
                    + " housing_tenure, housing_notes, created_at FROM household WHERE id IN ("
                    + Sql.placeholders(households.size()) + ")", households));
            List<Row> caseFiles = rows(c, "case_file", "SELECT * FROM case_file WHERE household_id IN ("
                    + Sql.placeholders(households.size()) + ") ORDER BY opened_on", households);
            s.put("case_file", caseFiles);
            List<String> cfs = distinct(caseFiles, "id");
            String inCases = "case_file_id IN (" + Sql.placeholders(cfs.size()) + ")";
            s.put("case_collaborator", rows(c, "case_collaborator", "SELECT * FROM case_collaborator WHERE " + inCases, cfs));
            List<Object> aboutThem = new ArrayList<>(cfs);
            aboutThem.add(p);
            for (String table : CASE_RECORD_TABLES) {
                s.put(table, rows(c, table, "SELECT * FROM " + table + " WHERE " + inCases
                        + " AND (person_id IS NULL OR person_id = ?) ORDER BY occurred_at", aboutThem));
            }
            List<Row> plans = rows(c, "intervention_plan", "SELECT * FROM intervention_plan WHERE " + inCases
                    + " ORDER BY starts_on", cfs);
            s.put("intervention_plan", plans);
            List<String> planIds = distinct(plans, "id");
            String inPlans = "plan_id IN (" + Sql.placeholders(planIds.size()) + ")";
            s.put("plan_goal", rows(c, "plan_goal", "SELECT * FROM plan_goal WHERE " + inPlans + " ORDER BY position", planIds));
            s.put("plan_action", rows(c, "plan_action", "SELECT * FROM plan_action WHERE " + inPlans + " ORDER BY due_on",
                    planIds));
            List<Object> apptArgs = new ArrayList<>();
            apptArgs.add(p);
            apptArgs.addAll(cfs);
            apptArgs.addAll(households);
            s.put("appointment", rows(c, "appointment", "SELECT * FROM appointment WHERE person_id = ? OR (person_id IS NULL"
                    + " AND (" + inCases + " OR household_id IN (" + Sql.placeholders(households.size()) + ")))"
                    + " ORDER BY starts_at", apptArgs));
            List<Row> enrolments = rows(c, "group_enrolment", "SELECT e.*, a.title AS activity_title FROM group_enrolment e"
                    + " JOIN group_activity a ON a.id = e.activity_id WHERE e.person_id = ? ORDER BY e.requested_at", List.of(p));
            s.put("group_enrolment", enrolments);
            s.put("group_attendance", rows(c, "group_attendance", "SELECT ga.*, gs.starts_at AS session_starts_at"
                    + " FROM group_attendance ga JOIN group_session gs ON gs.id = ga.session_id WHERE ga.person_id = ?"
                    + " ORDER BY gs.starts_at", List.of(p)));
            s.put("consent", rows(c, "consent", "SELECT * FROM consent WHERE person_id = ? ORDER BY given_on", List.of(p)));
            Set<String> ids = new LinkedHashSet<>();
            ids.add(p);
            s.values().forEach(rs -> ids.addAll(distinct(rs, "id")));
            // Entries about these records, and about their case files as a whole; not those about another member's.
            List<Object> auditArgs = new ArrayList<>(ids);
            auditArgs.addAll(cfs);
            s.put("audit_entry", rows(c, "audit_entry", "SELECT at, user_name, action, entity_type, entity_id, case_file_id,"
                    + " detail FROM audit_entry WHERE entity_id IN (" + Sql.placeholders(ids.size()) + ") OR (entity_id IS NULL"
                    + " AND case_file_id IN (" + Sql.placeholders(cfs.size()) + ")) ORDER BY at, id", auditArgs));
            List<Object> otherArgs = new ArrayList<>(households);
            otherArgs.add(p);
            List<Map<String, Object>> others = Sql.list(c, "SELECT DISTINCT p.given_name, p.surname1, p.surname2,"
                    + " p.id_doc_number, p.phone, p.email, p.health_card FROM household_member m JOIN person p ON p.id = m.person_id"
                    + " WHERE m.household_id IN (" + Sql.placeholders(households.size()) + ") AND m.person_id <> ?",
                    otherArgs, SubjectQueries::columns);
            return new Subject(s, others);
        });
    }

    /** The reference professionals (user ids) of the case files of the households person {@code personId} is in. */
    public List<String> referenceProfessionals(UUID personId) {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT DISTINCT f.reference_professional_id FROM household_member m"
                + " JOIN case_file f ON f.household_id = m.household_id WHERE m.person_id = ?"
                + " AND f.reference_professional_id IS NOT NULL", List.of(personId.toString()), rs -> rs.getString(1)));
    }

    private static List<Row> rows(java.sql.Connection c, String table, String sql, List<?> params) throws SQLException {
        return Sql.list(c, sql, params, rs -> new Row(table, columns(rs)));
    }

    private static Map<String, Object> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            Object v = rs.getObject(i);
            if (v instanceof Number n && (name.endsWith("_at") || name.equals("at"))) {
                v = Instant.ofEpochMilli(n.longValue()).toString();
            }
            m.put(name, v);
        }
        return m;
    }

    private static List<String> distinct(List<Row> rows, String column) {
        Set<String> out = new LinkedHashSet<>();
        for (Row r : rows) {
            Object v = r.fields().get(column);
            if (v != null) {
                out.add(v.toString());
            }
        }
        return List.copyOf(out);
    }
}
