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

    /**
     * {@code raw} stripped (blank: null), with a problem on {@code field} when it is longer than {@code max} or holds
     * control characters other than line breaks and tabs.
     */
    public String text(String field, String raw, int max) {
        String t = raw == null || raw.isBlank() ? null : raw.strip();
        if (t != null && t.length() > max) {
            add(field, "validation.tooLong", max);
        } else if (!Texts.isPrintable(t)) {
            add(field, "validation.badCharacters");
        }
        return t;
    }

    /** As {@link #text}, with a problem when there is no text. */
    public String requiredText(String field, String raw, int max) {
        String t = text(field, raw, max);
        if (t == null) {
            add(field, "validation.required");
        }
        return t;
    }

    /**
     * A problem on {@code field} when there is no {@code date} or it is after {@code today}
     * ({@code validation.date.future}); true when the date is there and not in the future.
     */
    public boolean dateUpTo(String field, java.time.LocalDate date, java.time.LocalDate today) {
        return dateUpTo(field, date, today, "validation.date.future");
    }

    /** As {@link #dateUpTo(String, java.time.LocalDate, java.time.LocalDate)}, saying a future date with {@code futureKey}. */
    public boolean dateUpTo(String field, java.time.LocalDate date, java.time.LocalDate today, String futureKey) {
        if (date == null) {
            add(field, "validation.required");
        } else if (date.isAfter(today)) {
            add(field, futureKey);
        } else {
            return true;
        }
        return false;
    }

    /** Throws {@link ValidationException} when there is any problem. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new ValidationException(this);
        }
    }
}
