package cat.teixit.logic.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Figures counted per code rolled up a catalogue's hierarchy, so that a group shows what its codes add up to
 * (SIUSS-style groupings). Each code carries a vector of figures; a parent's total is the sum of its own and its
 * descendants'. Codes come out in tree order (siblings by code, numbers compared as numbers). Not thread-safe.
 */
final class CodeTree {

    /** A code in tree order: its depth, its own figures and its totals. */
    record Node(String code, int depth, long[] own, long[] total) {
    }

    private static final Comparator<String> BY_CODE = CodeTree::compareCodes;

    private final UnaryOperator<String> parentOf;
    private final int width;
    private final Map<String, long[]> own = new LinkedHashMap<>();

    /** {@code parentOf} gives a code's parent (null for a top code or an unknown one); {@code width} figures per code. */
    CodeTree(UnaryOperator<String> parentOf, int width) {
        this.parentOf = parentOf;
        this.width = width;
    }

    /** Adds {@code values} to the code's own figures. */
    void add(String code, long... values) {
        long[] v = own.computeIfAbsent(code, k -> new long[width]);
        for (int i = 0; i < width; i++) {
            v[i] += values[i];
        }
    }

    /** Every code with a figure or below which there is one, in tree order. */
    List<Node> nodes() {
        Map<String, long[]> total = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, long[]> e : own.entrySet()) {
            seen.clear();
            for (String c = e.getKey(); c != null && seen.add(c); c = parentOf.apply(c)) {
                long[] t = total.computeIfAbsent(c, k -> new long[width]);
                for (int i = 0; i < width; i++) {
                    t[i] += e.getValue()[i];
                }
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (String c : total.keySet()) {
            String p = parentOf.apply(c);
            if (p == null || !total.containsKey(p)) {
                roots.add(c);
            } else {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        List<Node> out = new ArrayList<>();
        walk(roots, 0, children, total, out);
        return out;
    }

    private void walk(List<String> codes, int depth, Map<String, List<String>> children, Map<String, long[]> total,
            List<Node> out) {
        codes.sort(BY_CODE);
        for (String c : codes) {
            out.add(new Node(c, depth, own.getOrDefault(c, new long[width]), total.get(c)));
            walk(children.getOrDefault(c, new ArrayList<>()), depth + 1, children, total, out);
        }
    }

    /** "1.2" before "1.10"; parts that are not numbers compared as text. */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
