package cat.teixit.persistence.privacy;

import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the anonymisation of a closed case file changes, table by table (docs/gdpr.md): the identifying and free-text
 * columns of its records, of its household, and of the people who are in no other case file still kept, are given
 * the values of {@link #CLEARED}; its attachments are tombstoned. Coded values (sex, nationality, district, kinds,
 * codes, dates of the records) stay, so the team's figures still count it. Also what a workstation scrubs of an
 * anonymised case file: rows, pending changes, sync journals, drafts, the search index. Plain parameterised SQL.
 * Not thread-safe (bound to one unit of work).
 */
public final class ErasureQueries {

    /** The anonymised value of a text that may not be empty (a name). */
    public static final String ANONYMISED = "[anonimitzat]";

    /** Per table, each column that identifies or tells and the value it gets. */
    public static final Map<String, Map<String, Object>> CLEARED = clearedColumns();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A closed case file: its retention is counted from {@code closedOn}. */
    public record Closed(UUID id, String number, String scope, LocalDate closedOn, String legalHold) {
    }

    /** One row the anonymisation changes: the new values of its cleared columns, and whether it is tombstoned. */
    public record Target(String table, UUID id, String scope, Long serverVersion, Map<String, Object> values,
            boolean tombstone) {
    }

    /**
     * What anonymising a case file changes: the rows, the people anonymised and those kept (in another case file
     * still kept), and the content hashes of its attachments' files.
     */
    public record Plan(List<Target> targets, int peopleAnonymised, int peopleKept, Set<String> blobs) {
    }

    private final Jdbc jdbc;

    public ErasureQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Closed, not anonymised case files of {@code scopes} closed before {@code before}, oldest first. */
    public List<Closed> closedBefore(Set<String> scopes, LocalDate before) {
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(scopes);
        args.add(before.toString());
        return jdbc.jdbc(c -> Sql.list(c, "SELECT id, number, scope, closed_on, legal_hold FROM case_file WHERE scope IN ("
                + Sql.placeholders(scopes.size()) + ") AND status = 'CLOSED' AND closed_on IS NOT NULL AND closed_on < ?"
                + " AND anonymised_on IS NULL AND deleted_at IS NULL ORDER BY closed_on, number", args,
                rs -> new Closed(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        LocalDate.parse(rs.getString(4)), rs.getString(5))));
    }

    /** Anonymised case files this workstation has not scrubbed yet (pulled from another one). */
    public List<UUID> unscrubbed() {
        return jdbc.jdbc(c -> Sql.list(c, "SELECT id FROM case_file WHERE anonymised_on IS NOT NULL AND id NOT IN"
                + " (SELECT case_file_id FROM erasure_scrub)", List.of(), rs -> UUID.fromString(rs.getString(1))));
    }

    /** What anonymising case file {@code caseFileId} changes. */
    public Plan plan(UUID caseFileId) {
        return jdbc.jdbc(c -> {
            String cf = caseFileId.toString();
            List<Target> targets = new ArrayList<>();
            String household = Sql.first(c, "SELECT household_id FROM case_file WHERE id = ?", List.of(cf), rs -> rs.getString(1));
            List<String> members = Sql.list(c, "SELECT DISTINCT person_id FROM household_member WHERE household_id = ?",
                    List.of(household), rs -> rs.getString(1));
            // A person in another case file still kept (not this one, not anonymised) stays as they are.
            List<String> erased = new ArrayList<>();
            for (String p : members) {
                Long kept = Sql.first(c, "SELECT count(*) FROM household_member m JOIN case_file f ON f.household_id ="
                        + " m.household_id WHERE m.person_id = ? AND f.id <> ? AND f.anonymised_on IS NULL"
                        + " AND f.deleted_at IS NULL", List.of(p, cf), rs -> rs.getLong(1));
                if (kept == 0) {
                    erased.add(p);
                }
            }
            add(c, targets, "person", "id IN (" + Sql.placeholders(erased.size()) + ")", erased, false);
            add(c, targets, "household", "id = ?", List.of(household), false);
            add(c, targets, "case_file", "id = ?", List.of(cf), false);
            for (String t : SubjectQueries.CASE_RECORD_TABLES) {
                add(c, targets, t, "case_file_id = ?", List.of(cf), t.equals("attachment"));
            }
            add(c, targets, "intervention_plan", "case_file_id = ?", List.of(cf), false);
            String inPlans = "plan_id IN (SELECT id FROM intervention_plan WHERE case_file_id = ?)";
            add(c, targets, "plan_goal", inPlans, List.of(cf), false);
            add(c, targets, "plan_action", inPlans, List.of(cf), false);
            List<Object> aboutThem = new ArrayList<>();
            aboutThem.add(cf);
            aboutThem.addAll(erased);
            String theirs = "case_file_id = ? OR person_id IN (" + Sql.placeholders(erased.size()) + ")";
            add(c, targets, "appointment", theirs, aboutThem, false);
            add(c, targets, "group_enrolment", theirs, aboutThem, false);
            add(c, targets, "group_attendance", theirs, aboutThem, false);
            add(c, targets, "consent", "person_id IN (" + Sql.placeholders(erased.size()) + ")", erased, false);
            Set<String> blobs = new LinkedHashSet<>(Sql.list(c, "SELECT DISTINCT sha256 FROM attachment a WHERE case_file_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM attachment o WHERE o.sha256 = a.sha256 AND o.case_file_id <> ?"
                    + " AND o.deleted_at IS NULL)", List.of(cf, cf), rs -> rs.getString(1)));
            return new Plan(targets, erased.size(), members.size() - erased.size(), blobs);
        });
    }

    private static void add(Connection c, List<Target> targets, String table, String where, List<?> args,
            boolean tombstone) throws SQLException {
        Map<String, Object> values = CLEARED.get(table);
        targets.addAll(Sql.list(c, "SELECT id, scope, server_version FROM " + table + " WHERE " + where, args,
                rs -> new Target(table, UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3), values, tombstone)));
    }

    /**
     * Writes the cleared values of {@code t} into its row, with the clock value {@code hlc} of the change recorded
     * for it (null: the row keeps its clock, a scrub of a pulled anonymisation), and its tombstone at {@code
     * deletedAt} if it is one and has none yet.
     */
    public void write(Target t, String hlc, long deletedAt) {
        jdbc.jdbc(c -> {
            List<Object> args = new ArrayList<>(t.values().values());
            StringBuilder sql = new StringBuilder("UPDATE ").append(t.table()).append(" SET ");
            t.values().keySet().forEach(col -> sql.append(col).append(" = ?, "));
            if (hlc != null) {
                sql.append("updated_at = ?, ");
                args.add(hlc);
            }
            if (t.tombstone()) {
                sql.append("deleted_at = coalesce(deleted_at, ?), ");
                args.add(deletedAt);
            }
            sql.append("row_version = row_version + 1 WHERE id = ?");
            args.add(t.id().toString());
            return Sql.update(c, sql.toString(), args.toArray());
        });
    }

    /**
     * Whether the row of {@code t} still holds a value other than its cleared one in a cleared column, or is not yet
     * tombstoned when it should be (a change made on this workstation after the anonymisation elsewhere).
     */
    public boolean differs(Target t) {
        return jdbc.jdbc(c -> {
            List<String> cols = new ArrayList<>(t.values().keySet());
            Object[] row = Sql.first(c, "SELECT " + String.join(", ", cols) + ", deleted_at FROM " + t.table()
                    + " WHERE id = ?", List.of(t.id().toString()), rs -> {
                        Object[] r = new Object[cols.size() + 1];
                        for (int i = 0; i < r.length; i++) {
                            r[i] = rs.getObject(i + 1);
                        }
                        return r;
                    });
            if (row == null) {
                return false;
            }
            for (int i = 0; i < cols.size(); i++) {
                if (!java.util.Objects.equals(row[i], t.values().get(cols.get(i)))) {
                    return true;
                }
            }
            return t.tombstone() && row[cols.size()] == null;
        });
    }

    /** Sets the day case file {@code caseFileId} was anonymised, with the clock value of its recorded change. */
    public void markAnonymised(UUID caseFileId, LocalDate on, String hlc) {
        jdbc.jdbc(c -> Sql.update(c, "UPDATE case_file SET anonymised_on = ?, legal_hold = NULL, updated_at = ?,"
                + " row_version = row_version + 1 WHERE id = ?", on.toString(), hlc, caseFileId.toString()));
    }

    /**
     * Removes what this workstation still holds of the rows {@code targets} besides the rows themselves: in the
     * changes waiting to be sent, every cleared column's value is replaced by its cleared value and the values they
     * replaced are dropped; their conflicts, refusals and parked records go, and so do the drafts of the case file;
     * the person search index is rebuilt without the old entries; the case file is marked scrubbed.
     */
    public void scrub(UUID caseFileId, List<Target> targets, long now) {
        jdbc.jdbc(c -> {
            for (Target t : targets) {
                String id = t.id().toString();
                List<Object[]> pending = Sql.list(c, "SELECT op_id, payload FROM outbox WHERE entity_id = ?", List.of(id),
                        rs -> new Object[] {rs.getLong(1), rs.getString(2)});
                for (Object[] p : pending) {
                    Sql.update(c, "UPDATE outbox SET payload = ?, before_fields = NULL WHERE op_id = ?",
                            cleared((String) p[1], t.values()), p[0]);
                }
                Sql.update(c, "DELETE FROM sync_conflict WHERE entity_id = ?", id);
                Sql.update(c, "DELETE FROM sync_rejection WHERE entity_id = ?", id);
                Sql.update(c, "DELETE FROM sync_parked WHERE id = ?", id);
            }
            Sql.update(c, "DELETE FROM draft WHERE draft_key LIKE ?", "%" + caseFileId + "%");
            Sql.update(c, "INSERT INTO person_fts (person_fts) VALUES ('optimize')");
            Sql.update(c, "INSERT OR REPLACE INTO erasure_scrub (case_file_id, scrubbed_at) VALUES (?, ?)",
                    caseFileId.toString(), now);
            return null;
        });
    }

    /** A pending change's fields with every cleared column present in it set to its cleared value. */
    private static String cleared(String fieldsJson, Map<String, Object> values) {
        try {
            ObjectNode fields = (ObjectNode) JSON.readTree(fieldsJson);
            values.forEach((col, v) -> {
                if (fields.has(col)) {
                    fields.set(col, JSON.valueToTree(v));
                }
            });
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException | ClassCastException e) {
            return "{}";
        }
    }

    /** Whether another live attachment still names a file of content {@code sha256}. */
    public boolean blobInUse(String sha256) {
        return jdbc.jdbc(c -> Sql.first(c, "SELECT count(*) FROM attachment WHERE sha256 = ? AND deleted_at IS NULL",
                List.of(sha256), rs -> rs.getLong(1))) > 0;
    }

    private static Map<String, Map<String, Object>> clearedColumns() {
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        m.put("person", values("given_name", ANONYMISED, "surname1", null, "surname2", null, "id_doc_type", "NONE",
                "id_doc_number", null, "birth_date", null, "phone", null, "email", null, "address", null,
                "health_card", null, "income_notes", null));
        m.put("household", values("name", ANONYMISED, "address", null, "housing_notes", null));
        m.put("case_file", values("closing_reason", null));
        m.put("case_event", values("detail", null));
        m.put("intervention", values("notes", ""));
        m.put("demand", values("description", ""));
        m.put("assessment", values("notes", null));
        m.put("resource_assignment", values("notes", null));
        m.put("referral", values("reason", "", "response_reason", null));
        m.put("attachment", values("file_name", ANONYMISED, "description", null));
        m.put("intervention_plan", values("title", ANONYMISED, "agreement", null));
        m.put("plan_goal", values("description", ""));
        m.put("plan_action", values("description", "", "responsible", ""));
        m.put("appointment", values("notes", null, "cancel_reason", null));
        m.put("group_enrolment", values("withdrawn_reason", null));
        m.put("group_attendance", values("note", null));
        m.put("consent", values("notes", null));
        return Map.copyOf(m);
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
