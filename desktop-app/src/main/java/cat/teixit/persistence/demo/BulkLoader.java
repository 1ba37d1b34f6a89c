package cat.teixit.persistence.demo;

import cat.teixit.persistence.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads many synced rows at once with plain batched inserts in a write transaction (synthetic areas, demo
 * data; made by {@link BulkWrites#loader}). Rows are written as if already received from the central system:
 * a server version is set and no outbox entry is made. The person search index is kept by its
 * triggers, as for any other insert. Not thread-safe (bound to one unit of work).
 */
public final class BulkLoader implements AutoCloseable {

    /** Rows held before they are written. */
    private static final int BATCH = 4_000;
    /** Rows per insert statement: far below SQLite's limit of host parameters (32,766). */
    private static final int ROWS_PER_STATEMENT = 40;

    /**
     * The tables it loads, in the order their foreign keys need them, each with its columns after the
     * sync columns (id, scope, server_version, updated_at, deleted_at, row_version).
     */
    public enum Table {
        TEAM("team", "code", "name", "area_name"),
        APP_USER("app_user", "username", "display_name", "password_hash", "roles", "team_id", "active"),
        PERSON("person", "given_name", "surname1", "surname2", "id_doc_type", "id_doc_number", "birth_date", "sex",
                "nationality", "mother_tongue", "phone", "email", "address", "municipality", "district", "health_card",
                "disability_degree", "dependency_grade", "civil_status", "education_level", "employment",
                "income_notes", "created_at", "created_by"),
        HOUSEHOLD("household", "name", "address", "municipality", "district", "housing_tenure", "housing_notes",
                "created_at"),
        HOUSEHOLD_MEMBER("household_member", "household_id", "person_id", "relationship", "is_reference", "joined_on",
                "left_on"),
        CASE_FILE("case_file", "number", "household_id", "team_id", "status", "opened_on", "origin", "closed_on",
                "closing_reason", "reference_professional_id", "risk_level", "created_at"),
        CASE_COLLABORATOR("case_collaborator", "case_file_id", "user_id", "added_on"),
        CASE_EVENT("case_event", "case_file_id", "person_id", "kind", "occurred_at", "author_id", "detail"),
        INTERVENTION("intervention", "case_file_id", "person_id", "kind", "occurred_at", "duration_min", "author_id",
                "professionals", "notes", "confidential", "created_at"),
        DEMAND("demand", "case_file_id", "person_id", "occurred_at", "area_code", "description", "author_id"),
        ASSESSMENT("assessment", "case_file_id", "person_id", "demand_id", "occurred_at", "problem_codes", "risk_level",
                "notes", "author_id"),
        RESOURCE_ASSIGNMENT("resource_assignment", "case_file_id", "person_id", "demand_id", "resource_code", "status",
                "occurred_at", "status_at", "cost_cents", "notes", "author_id", "assessment_id", "funding"),
        REFERRAL("referral", "case_file_id", "person_id", "target_kind", "target", "reason", "status", "occurred_at",
                "responded_at", "response_reason", "author_id"),
        INTERVENTION_PLAN("intervention_plan", "case_file_id", "title", "status", "starts_on", "review_on", "agreement",
                "author_id", "created_at"),
        PLAN_GOAL("plan_goal", "plan_id", "description", "position", "achieved"),
        PLAN_ACTION("plan_action", "plan_id", "goal_id", "description", "responsible", "due_on", "done_on"),
        APPOINTMENT("appointment", "professional_id", "person_id", "household_id", "case_file_id", "kind", "starts_at",
                "ends_at", "room", "status", "cancel_reason", "request_date", "double_booked_override", "notes",
                "confidential", "author_id", "created_at"),
        GROUP_ACTIVITY("group_activity", "programme", "title", "description", "target_group", "capacity", "place",
                "facilitators", "starts_on", "ends_on", "weekdays", "start_time", "end_time", "author_id", "created_at"),
        GROUP_SESSION("group_session", "activity_id", "starts_at", "ends_at", "place", "cancelled"),
        GROUP_ENROLMENT("group_enrolment", "activity_id", "person_id", "case_file_id", "status", "requested_at",
                "enrolled_at", "withdrawn_at", "withdrawn_reason", "promoted_at", "promoted_by", "author_id"),
        GROUP_ATTENDANCE("group_attendance", "session_id", "person_id", "case_file_id", "mark", "note"),
        CONSENT("consent", "person_id", "purpose", "given_on", "document_id", "withdrawn_on", "notes", "author_id",
                "created_at");

        private final String table;
        private final List<String> columns;

        Table(String table, String... columns) {
            this.table = table;
            this.columns = List.of(columns);
        }

        public String tableName() {
            return table;
        }

        /** The columns a row gives values for, in order (after the sync columns). */
        public List<String> columns() {
            return columns;
        }

        /** An insert of {@code rows} rows in one statement (fewer statement steps than one row at a time). */
        String insertSql(int rows) {
            String row = "(?, ?, ?, ?, 0" + ", ?".repeat(columns.size()) + ")";
            return "INSERT INTO " + table + " (id, scope, server_version, updated_at, row_version, "
                    + String.join(", ", columns) + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, row));
        }

        int parameters() {
            return 4 + columns.size();
        }
    }

    private final Jdbc jdbc;
    /** The connection the cached statements were prepared on. */
    private Connection preparedOn;
    /** Statements inserting {@link #ROWS_PER_STATEMENT} rows, per table. */
    private final EnumMap<Table, PreparedStatement> statements = new EnumMap<>(Table.class);
    private final EnumMap<Table, List<Object[]>> pending = new EnumMap<>(Table.class);
    private final EnumMap<Table, Long> written = new EnumMap<>(Table.class);
    private int pendingRows;
    private long nextServerVersion;

    /** A loader on {@code jdbc}'s write transaction; its rows get server versions from {@code firstServerVersion} on. */
    BulkLoader(Jdbc jdbc, long firstServerVersion) {
        this.jdbc = jdbc;
        this.nextServerVersion = firstServerVersion;
    }

    /** The server version the next loaded row gets. */
    public long nextServerVersion() {
        return nextServerVersion;
    }

    /**
     * Adds one row of {@code table}: its id, scope, hybrid-clock text and the values of {@link
     * Table#columns()} in order. Values may be null, text, numbers, booleans, UUIDs, dates or instants.
     */
    public void add(Table table, UUID id, String scope, String updatedAt, Object... values) {
        if (values.length != table.columns.size()) {
            throw new IllegalArgumentException(table + " takes " + table.columns.size() + " values, got " + values.length);
        }
        Object[] row = new Object[table.parameters()];
        row[0] = id;
        row[1] = scope;
        row[2] = nextServerVersion++;
        row[3] = updatedAt;
        System.arraycopy(values, 0, row, 4, values.length);
        pending.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        if (++pendingRows >= BATCH) {
            flush();
        }
    }

    /** Executes every pending row, parents before children (the foreign keys are checked as rows go in). */
    public void flush() {
        jdbc.jdbc(c -> {
            flush(c);
            return null;
        });
    }

    private void flush(Connection connection) throws SQLException {
        if (connection != preparedOn) {
            closeStatements();
            preparedOn = connection;
        }
        for (Table t : Table.values()) {
            List<Object[]> rows = pending.get(t);
            if (rows == null || rows.isEmpty()) {
                continue;
            }
            int i = 0;
            if (rows.size() >= ROWS_PER_STATEMENT) {
                PreparedStatement st = statements.get(t);
                if (st == null) {
                    st = connection.prepareStatement(t.insertSql(ROWS_PER_STATEMENT));
                    statements.put(t, st);
                }
                for (; i + ROWS_PER_STATEMENT <= rows.size(); i += ROWS_PER_STATEMENT) {
                    execute(st, rows, i, ROWS_PER_STATEMENT);
                }
            }
            if (i < rows.size()) {
                try (PreparedStatement rest = connection.prepareStatement(t.insertSql(rows.size() - i))) {
                    execute(rest, rows, i, rows.size() - i);
                }
            }
            written.merge(t, (long) rows.size(), Long::sum);
            rows.clear();
        }
        pendingRows = 0;
    }

    private static void execute(PreparedStatement st, List<Object[]> rows, int from, int count) throws SQLException {
        int index = 1;
        for (int r = from; r < from + count; r++) {
            for (Object v : rows.get(r)) {
                bind(st, index++, v);
            }
        }
        st.executeUpdate();
    }

    private static void bind(PreparedStatement st, int index, Object v) throws SQLException {
        switch (v) {
            case null -> st.setNull(index, java.sql.Types.NULL);
            case String s -> st.setString(index, s);
            case Integer i -> st.setLong(index, i);
            case Long l -> st.setLong(index, l);
            case Boolean b -> st.setLong(index, b ? 1 : 0);
            case UUID u -> st.setString(index, u.toString());
            // The store's representations: ISO dates as text, instants as epoch milliseconds.
            case LocalDate d -> st.setString(index, d.toString());
            case Instant t -> st.setLong(index, t.toEpochMilli());
            case Enum<?> e -> st.setString(index, e.name());
            default -> throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName());
        }
    }

    /** Rows written so far by this loader, per table (after {@link #flush()}). */
    public Map<Table, Long> written() {
        Map<Table, Long> copy = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            copy.put(t, written.getOrDefault(t, 0L));
        }
        return copy;
    }

    /** Closes its statements (the rows not flushed are dropped). */
    @Override
    public void close() {
        if (statements.isEmpty()) {
            return;
        }
        jdbc.jdbc(c -> {
            closeStatements();
            return null;
        });
    }

    private void closeStatements() throws SQLException {
        SQLException first = null;
        for (PreparedStatement st : statements.values()) {
            try {
                st.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        statements.clear();
        if (first != null) {
            throw first;
        }
    }
}
