package cat.teixit.persistence.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables whose rows synchronise, read from the schema itself: every table with all the sync
 * columns, except the login cache (teams and users come from the server's session, never as records).
 * A pulled record names its table (entity type) and its fields name columns; anything else is
 * ignored. Immutable.
 */
public final class SyncTables {

    /** The sync metadata columns; a record's fields never set them. */
    public static final List<String> META = List.of("id", "scope", "server_version", "updated_at", "deleted_at",
            "row_version");
    /** Tables with sync columns that are not exchanged as records. */
    static final Set<String> LOCAL_ONLY = Set.of("team", "app_user");

    /** Declared type of a column (STRICT tables): how a value is bound and how typed input is read. */
    public enum ColumnType {
        INTEGER, REAL, TEXT, ANY;

        static ColumnType of(String declared) {
            return switch (declared.toUpperCase(Locale.ROOT)) {
                case "INTEGER", "INT" -> INTEGER;
                case "REAL" -> REAL;
                case "TEXT" -> TEXT;
                default -> ANY;
            };
        }
    }

    /**
     * One data column (not a sync column) and the value a record that lacks the field gets: the
     * column's default (a record written by an older client may not know a newer column).
     */
    public record Column(String name, ColumnType type, boolean notNull, com.fasterxml.jackson.databind.JsonNode absent) {
    }

    /** A reference from {@code column} to the id of a row of {@code parent} (another synced table). */
    public record Reference(String column, String parent) {
    }

    /**
     * One synced table: its data columns in schema order and its references to other synced tables. Columns are
     * also found by name (every field of every pulled record is looked up). Immutable.
     */
    public record Table(String name, List<Column> columns, List<Reference> references, Map<String, Column> byName) {
        public Table {
            columns = List.copyOf(columns);
            references = List.copyOf(references);
            byName = Map.copyOf(byName);
        }

        Table(String name, List<Column> columns, List<Reference> references) {
            this(name, columns, references, columns.stream().collect(Collectors.toMap(Column::name, c -> c)));
        }

        public Optional<Column> column(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    private final Map<String, Table> tables;

    private SyncTables(Map<String, Table> tables) {
        this.tables = tables;
    }

    /** Reads the synced tables from the schema on {@code c}. */
    public static SyncTables read(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        for (String name : names) {
            if (LOCAL_ONLY.contains(name)) {
                continue;
            }
            List<String> all = new ArrayList<>();
            List<Column> data = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info(?)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String col = rs.getString(1);
                        all.add(col);
                        if (!META.contains(col)) {
                            data.add(new Column(col, ColumnType.of(rs.getString(2)), rs.getInt(3) == 1,
                                    defaultOf(rs.getString(4))));
                        }
                    }
                }
            }
            if (all.containsAll(META)) {
                columns.put(name, data);
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (var e : columns.entrySet()) {
            List<Reference> refs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)")) {
                ps.setString(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (columns.containsKey(rs.getString(1))) {
                            refs.add(new Reference(rs.getString(2), rs.getString(1)));
                        }
                    }
                }
            }
            tables.put(e.getKey(), new Table(e.getKey(), e.getValue(), refs));
        }
        return new SyncTables(Map.copyOf(tables));
    }

    /** A column default as a value: a number, a quoted text, or null (anything else: null). */
    private static com.fasterxml.jackson.databind.JsonNode defaultOf(String literal) {
        if (literal != null && literal.matches("-?[0-9]{1,18}")) {
            return com.fasterxml.jackson.databind.node.LongNode.valueOf(Long.parseLong(literal));
        }
        if (literal != null && literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(
                    literal.substring(1, literal.length() - 1).replace("''", "'"));
        }
        return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    /** The synced table of an entity type, if it is one. */
    public Optional<Table> table(String entityType) {
        return Optional.ofNullable(tables.get(entityType));
    }

    public Collection<Table> all() {
        return tables.values();
    }
}
