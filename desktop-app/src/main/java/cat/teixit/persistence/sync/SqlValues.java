package cat.teixit.persistence.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;

/**
 * Moves values between JSON (sync fields) and SQLite columns: text as text, whole numbers as
 * integers, booleans as 0/1, objects and arrays as their JSON text. A STRICT column refuses what it
 * cannot hold. Stateless.
 */
final class SqlValues {

    /** SQLite's result codes that mean "this row is not acceptable" (constraint, datatype mismatch). */
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_MISMATCH = 20;

    private SqlValues() {
    }

    static void bind(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull() || value.isMissingNode()) {
            ps.setNull(index, Types.NULL);
        } else if (value.isTextual()) {
            ps.setString(index, value.textValue());
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            ps.setLong(index, value.longValue());
        } else if (value.isNumber()) {
            ps.setDouble(index, value.doubleValue());
        } else if (value.isBoolean()) {
            ps.setInt(index, value.booleanValue() ? 1 : 0);
        } else {
            ps.setString(index, value.toString());
        }
    }

    static void bindLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    /** The value of column {@code index} as JSON: whole numbers as longs so that equal values compare equal. */
    static JsonNode read(ResultSet rs, int index) throws SQLException {
        Object o = rs.getObject(index);
        return switch (o) {
            case null -> NullNode.getInstance();
            case Integer i -> LongNode.valueOf(i);
            case Long l -> LongNode.valueOf(l);
            case Number n -> DoubleNode.valueOf(n.doubleValue());
            case byte[] b -> TextNode.valueOf(Base64.getEncoder().encodeToString(b));
            default -> TextNode.valueOf(o.toString());
        };
    }

    /** A JSON value in the form {@link #read} gives, so that a pulled value and a stored one compare equal. */
    static JsonNode normalise(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return NullNode.getInstance();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return LongNode.valueOf(value.longValue());
        }
        if (value.isBoolean()) {
            return LongNode.valueOf(value.booleanValue() ? 1 : 0);
        }
        if (value.isObject() || value.isArray()) {
            return TextNode.valueOf(value.toString());
        }
        return value;
    }

    static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    /** True when SQLite refused the row itself (a constraint or a type), not the database being unusable. */
    static boolean refusedRow(SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == SQLITE_CONSTRAINT || primary == SQLITE_MISMATCH;
    }
}
