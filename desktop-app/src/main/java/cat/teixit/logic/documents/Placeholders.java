package cat.teixit.logic.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every placeholder a template may use, as a tree: objects with fields, lists of objects (looped over
 * with {@code for}) and text leaves. A template naming anything else is refused. Immutable.
 * (Names are declared here one level at a time, never as dotted text: see docs/documents.md for the list.)
 */
public final class Placeholders {

    /** A node of the tree: a text leaf, an object with named fields, or a list of such objects. */
    public record Node(String name, Kind kind, Map<String, Node> fields) {
        public Node {
            fields = Map.copyOf(fields);
        }

        public Optional<Node> field(String fieldName) {
            return Optional.ofNullable(fields.get(fieldName));
        }
    }

    /** What a node holds. */
    public enum Kind {
        TEXT, OBJECT, LIST
    }

    /** The root: the top-level names ({@code person}, {@code household}, ...). */
    public static final Node ROOT = object("",
            object("person", text("givenName"), text("surnames"), text("fullName"), text("idDocument"),
                    text("birthDate"), text("age"), text("nationality"), text("phone"), text("email"), text("address"),
                    text("municipality")),
            object("household", text("name"), text("address"), text("municipality"), text("housing"),
                    list("members", text("fullName"), text("relationship"), text("birthDate"), text("age"),
                            text("idDocument"))),
            object("case", text("number"), text("status"), text("openedOn"), text("closedOn")),
            object("plan", text("title"), text("startsOn"), text("reviewOn"),
                    list("goals", text("number"), text("description")),
                    list("actions", text("goal"), text("description"), text("responsible"), text("dueOn"))),
            object("professional", text("fullName"), text("role")),
            object("team", text("name"), text("area")),
            object("council", text("name"), text("address"), text("logo")),
            object("date", text("today"), text("todayShort"), text("place")),
            object("document", text("id"), text("title")),
            list("history", text("date"), text("kind"), text("professional"), text("summary")),
            list("resources", text("date"), text("name"), text("status"), text("cost")),
            object("referral", text("date"), text("target"), text("reason")),
            object("appointment", text("date"), text("time"), text("place"), text("professional"), text("reason")),
            object("session", text("title"), text("date"), text("time"), text("place"), text("facilitator"),
                    list("participants", text("fullName"), text("idDocument"))),
            object("certificate", text("fullName"), text("idDocument"), text("title"), text("programme"), text("from"),
                    text("to"), text("sessions"), text("attended"), text("hours"), text("facilitator")),
            object("aid", text("date"), text("total"),
                    list("items", text("name"), text("administration"), text("amount"), text("reasoning"))));

    /** What Pebble gives every loop variable besides the element ({@code loop.index}, {@code loop.first}...). */
    static final Node LOOP = object("loop", text("index"), text("revindex"), text("first"), text("last"),
            text("length"));

    private Placeholders() {
    }

    private static Node text(String name) {
        return new Node(name, Kind.TEXT, Map.of());
    }

    private static Node object(String name, Node... fields) {
        return new Node(name, Kind.OBJECT, byName(fields));
    }

    private static Node list(String name, Node... fields) {
        return new Node(name, Kind.LIST, byName(fields));
    }

    private static Map<String, Node> byName(Node... fields) {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node f : fields) {
            m.put(f.name(), f);
        }
        return m;
    }

    /** Every placeholder path, dotted, lists marked with {@code []} (for docs and the editor's list). */
    public static List<String> paths() {
        List<String> out = new java.util.ArrayList<>();
        collect(ROOT, "", out);
        return out;
    }

    private static void collect(Node node, String prefix, List<String> out) {
        for (Node f : node.fields().values()) {
            String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
            if (f.kind() == Kind.TEXT) {
                out.add(path);
            } else {
                collect(f, f.kind() == Kind.LIST ? path + "[]" : path, out);
            }
        }
    }
}
