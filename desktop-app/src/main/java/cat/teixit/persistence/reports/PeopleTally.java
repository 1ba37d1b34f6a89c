package cat.teixit.persistence.reports;

import cat.teixit.persistence.reports.ReportQueries.KeyCount;
import cat.teixit.persistence.reports.ReportQueries.PeopleCount;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people attended counted in Java, each once, by their integer key in the store (the person's rowid): what a
 * DISTINCT and four GROUP BYs over their text columns did in SQL, several times cheaper (decision 0020). The lists
 * come out in the order SQL's grouping gave them (not recorded first, then by the value's code points, as SQLite's
 * binary collation orders UTF-8). Not thread-safe.
 */
final class PeopleTally {

    /** Sex as the query codes it: 0 not recorded, 1 F, 2 M, 3 X. */
    private static final String[] SEXES = {null, "F", "M", "X"};

    /** By the values' code points, not recorded first: the order of SQLite's GROUP BY under the binary collation. */
    static final Comparator<String> SQL_ORDER = Comparator.nullsFirst((a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    });

    /** A set of integer keys: a bit per key while they are small (rowids are), a hash set beyond. */
    static final class Keys {
        private final BitSet small = new BitSet();
        private Set<Long> large;
        private int size;

        /** Adds {@code key}; true when it was not there yet. */
        boolean add(long key) {
            boolean added;
            if (key >= 0 && key < Integer.MAX_VALUE) {
                added = !small.get((int) key);
                if (added) {
                    small.set((int) key);
                }
            } else {
                if (large == null) {
                    large = new HashSet<>();
                }
                added = large.add(key);
            }
            if (added) {
                size++;
            }
            return added;
        }

        int size() {
            return size;
        }
    }

    private record SexAge(String sex, Integer age) {
    }

    private final Keys seen = new Keys();
    private final Map<SexAge, long[]> bySexAge = new HashMap<>();
    private final Map<String, long[]> byNationality = new HashMap<>();
    private final Map<String, long[]> byDistrict = new HashMap<>();

    /** True the first time {@code person} comes (then {@link #count} them). */
    boolean firstTime(long person) {
        return seen.add(person);
    }

    /** Counts one person: sex as coded by the query, age (null: unknown), nationality and district (null: not recorded). */
    void count(int sex, Integer age, String nationality, String district) {
        bySexAge.computeIfAbsent(new SexAge(SEXES[sex], age), k -> new long[1])[0]++;
        byNationality.computeIfAbsent(nationality, k -> new long[1])[0]++;
        byDistrict.computeIfAbsent(district, k -> new long[1])[0]++;
    }

    List<PeopleCount> people() {
        List<PeopleCount> out = new ArrayList<>();
        bySexAge.forEach((k, n) -> out.add(new PeopleCount(k.sex(), k.age(), n[0])));
        out.sort(Comparator.comparing(PeopleCount::sex, SQL_ORDER)
                .thenComparing(PeopleCount::age, Comparator.nullsFirst(Comparator.<Integer>naturalOrder())));
        return out;
    }

    List<KeyCount> nationalities() {
        return sorted(byNationality);
    }

    List<KeyCount> districts() {
        return sorted(byDistrict);
    }

    private static List<KeyCount> sorted(Map<String, long[]> counts) {
        List<KeyCount> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new KeyCount(k, n[0])));
        out.sort(Comparator.comparing(KeyCount::key, SQL_ORDER));
        return out;
    }
}
