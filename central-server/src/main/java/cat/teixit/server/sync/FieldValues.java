package cat.teixit.server.sync;

import cat.teixit.sync.protocol.Protocol;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * What the server refuses to store in a record's fields because it or its clients could not use it: a NUL
 * character (PostgreSQL cannot give it back as text, and the fields were jsonb, which cannot hold one, until
 * migration V12), a number whose plain rendering is longer than clients read ({@code 1e300} is 301 digits), and
 * values nested so deep that a conflict answer wrapping them exceeds the nesting clients read. Stateless.
 */
final class FieldValues {

    private FieldValues() {
    }

    /** The rejection reason for the first unservable value among {@code fields}' values, or null. */
    static String problem(JsonNode fields) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.properties().iterator(); it.hasNext();) {
            String p = problem(it.next().getValue(), 0);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String problem(JsonNode value, int depth) {
        if (value.isContainerNode()) {
            if (depth + 1 > Protocol.MAX_VALUE_DEPTH) {
                return "value_too_deep";
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().indexOf('\0') >= 0) {
                    return "nul_character";
                }
                String p = problem(e.getValue(), depth + 1);
                if (p != null) {
                    return p;
                }
            }
            if (value.isArray()) {
                for (JsonNode element : value) {
                    String p = problem(element, depth + 1);
                    if (p != null) {
                        return p;
                    }
                }
            }
            return null;
        }
        if (value.isTextual() && value.textValue().indexOf('\0') >= 0) {
            return "nul_character";
        }
        if (value.isNumber() && value.decimalValue().toPlainString().length() > Protocol.MAX_NUMBER_CHARS) {
            return "number_too_long";
        }
        return null;
    }
}
