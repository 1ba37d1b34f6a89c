package cat.teixit.persistence.orm;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in the order people look them up in: Catalan alphabetical order, where an accent or a capital comes after
 * the letters (Càritas between CAP and Centre, Àngels among the A), not SQLite's order of bytes, which puts every
 * accented initial after Z. Stateless.
 */
public final class NameOrder {

    private static final Locale CATALAN = Locale.forLanguageTag("ca");

    private NameOrder() {
    }

    /** {@code items} sorted by {@code name}; items of the same name keep their order. */
    public static <T> List<T> sorted(Collection<T> items, Function<T, String> name) {
        Collator collator = Collator.getInstance(CATALAN); // a Collator is not thread-safe: one per call
        return items.stream().sorted(Comparator.comparing(name, collator)).toList();
    }

    /** The first {@code limit} of {@code items} sorted by {@code name}. */
    public static <T> List<T> first(Collection<T> items, Function<T, String> name, int limit) {
        List<T> all = sorted(items, name);
        return all.size() <= limit ? all : all.subList(0, limit);
    }
}
