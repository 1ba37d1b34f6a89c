package cat.teixit.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The two shapes most of the server's statements have, each with its values in order: one whose first row is read (a
 * lookup, an insert returning its id), and a write. The values are bound by {@link PreparedStatement#setObject}: a
 * {@code String}, a {@code long} or {@code int}, a {@code byte[]}, a {@code Timestamp}; a null is SQL NULL, typed by
 * where it goes (the column it is written to). Stateless.
 */
public final class Sql {

    private Sql() {
    }

    /** What one row of a result gives. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first row of {@code sql} on {@code c} with {@code params}, read by {@code row}; null when there is none. */
    public static <T> T first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? row.read(rs) : null;
        }
    }

    /** Runs the write {@code sql} on {@code c} with {@code params}; how many rows it changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bound(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement bound(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
