package cat.teixit.logic.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Example values for every placeholder: each text is the placeholder's own name in brackets
 * ({@code [person.fullName]}), each list has two elements. A template is tried on them before it is kept, and a
 * preview without a case file shows them. Immutable once built.
 */
final class Examples {

    private static final Map<String, Object> DATA = build(Placeholders.ROOT, "");

    private Examples() {
    }

    /** A fresh copy of the example data (callers may lay values over it). */
    static Map<String, Object> data() {
        return DocumentService.merge(Map.of(), DATA);
    }

    private static Map<String, Object> build(Placeholders.Node node, String prefix) {
        Map<String, Object> m = new HashMap<>();
        for (Placeholders.Node f : node.fields().values()) {
            String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
            m.put(f.name(), switch (f.kind()) {
                case TEXT -> "[" + path + "]";
                case OBJECT -> build(f, path);
                case LIST -> List.of(build(f, path), build(f, path));
            });
        }
        return Map.copyOf(m);
    }
}
