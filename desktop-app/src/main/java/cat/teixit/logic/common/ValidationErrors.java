package cat.teixit.logic.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with a form, field by field, as translation keys (the view shows each next to its
 * field). Not thread-safe: built by one validation.
 */
public final class ValidationErrors {

    /** One problem: a translation key and its arguments. */
    public record Problem(String key, Object... args) {
    }

    private final Map<String, Problem> byField = new LinkedHashMap<>();

    public ValidationErrors add(String field, String key, Object... args) {
        byField.putIfAbsent(field, new Problem(key, args));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Map<String, Problem> byField() {
        return Collections.unmodifiableMap(byField);
    }

    public Problem get(String field) {
        return byField.get(field);
    }

    /** The problems of the fields {@code reported} accepts (the others dropped). */
    public ValidationErrors only(java.util.function.Predicate<String> reported) {
        ValidationErrors kept = new ValidationErrors();
        byField.forEach((field, p) -> {
            if (reported.test(field)) {
                kept.byField.put(field, p);
            }
        });
        return kept;
    }

    /** Throws {@link ValidationException} when there is any problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationException(this);
        }
    }
}
