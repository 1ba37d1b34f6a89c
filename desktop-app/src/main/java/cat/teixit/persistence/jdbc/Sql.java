package cat.teixit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Parameterised statements in one call: the values are bound in order, never written into the SQL.
 * Stateless, thread-safe.
 */
public final class Sql {

    /** Reads one row of a result (the cursor is on it). */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /** The rows {@code sql} selects with {@code params} bound in order, each read by {@code row}. */
    public static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        }
    }

    /** Each row {@code sql} selects with {@code params} bound in order, handed to {@code row} (nothing kept). */
    public static void forEach(Connection c, String sql, List<?> params, Row<?> row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    /** The first row {@code sql} selects with {@code params}, read by {@code row}; null when there is none. */
    public static <T> T first(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? row.read(rs) : null;
            }
        }
    }

    /** Runs an insert, update or delete with {@code params} bound in order; the rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, Arrays.asList(params));
            return st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            st.setObject(i + 1, params.get(i));
        }
    }

    /** {@code n} comma-separated parameter markers (one at least: "IN (?)" of an empty list matches nothing). */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(Math.max(n, 1), "?"));
    }

    /** An id column's text as a UUID; null stays null. */
    public static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }
}
