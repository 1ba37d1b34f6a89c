package cat.teixit.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one-row read most of the server's lookups are: a query, its parameters, what its first row gives. Stateless. */
public final class Sql {

    private Sql() {
    }

    /** What one row of a result gives. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The first row of {@code sql} on {@code c}, read by {@code row}, with {@code params} bound in order (by
     * {@link PreparedStatement#setObject}: a {@code String}, a {@code long}, a {@code byte[]}); null when none.
     */
    public static <T> T first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row.read(rs) : null;
            }
        }
    }
}
