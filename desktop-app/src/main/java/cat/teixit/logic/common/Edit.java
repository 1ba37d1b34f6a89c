package cat.teixit.logic.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A change made through a form to one stored record: the values the form was loaded with (as
 * stored), the values typed, and the fields the user changed. A service writes only those fields,
 * so a form never erases what it does not show, and refuses a field someone else changed since
 * {@link #loaded()} (see {@link FormFields}). Immutable.
 *
 * @param <F> the form's record type; field names are its component names
 */
public record Edit<F extends Record>(F loaded, F typed, Set<String> changed) {

    public Edit {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(typed, "typed");
        changed = Collections.unmodifiableSet(new LinkedHashSet<>(changed));
    }

    /**
     * The edit of a form that showed {@code shown} after loading {@code loaded}: the changed fields
     * are those whose typed value differs from the one shown (a form shows stored values its own way,
     * an empty text for nothing, so it compares with what it showed, not with what is stored).
     */
    public static <F extends Record> Edit<F> of(F loaded, F shown, F typed) {
        return new Edit<>(loaded, typed, differing(shown, typed));
    }

    /** The edit from {@code loaded} to {@code typed}, both as stored values. */
    public static <F extends Record> Edit<F> of(F loaded, F typed) {
        return of(loaded, loaded, typed);
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    /** The names of the components whose values differ between two records of the same type. */
    public static <F extends Record> Set<String> differing(F a, F b) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (!Objects.equals(value(c, a), value(c, b))) {
                names.add(c.getName());
            }
        }
        return names;
    }

    static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
