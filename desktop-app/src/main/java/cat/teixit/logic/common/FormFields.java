package cat.teixit.logic.common;

import cat.teixit.model.common.StaleRecordException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How the fields of a form record map onto a stored entity, declared once per form: read the form
 * from the entity, fill a new entity, and apply an {@link Edit} (only the changed fields, each only
 * if nobody else changed it since the form was loaded). Construction checks that every component
 * of the form has exactly one field. Immutable and thread-safe.
 *
 * @param <E> the entity
 * @param <F> the form record
 */
public final class FormFields<E, F extends Record> {

    /** One form field: its name (the record component), its value in the form and in the entity, its setter. */
    public record Field<E, F, V>(String name, Function<F, V> inForm, Function<E, V> inEntity, BiConsumer<E, V> set) {

        void copy(E entity, F form) {
            set.accept(entity, inForm.apply(form));
        }
    }

    /** A field whose value has the same type in the form and in the entity. */
    public static <E, F, V> Field<E, F, V> field(String name, Function<F, V> inForm, Function<E, V> inEntity,
            BiConsumer<E, V> set) {
        return new Field<>(name, inForm, inEntity, set);
    }

    private final Class<F> form;
    private final Map<String, Field<E, F, ?>> fields = new LinkedHashMap<>();
    private final Constructor<F> constructor;

    @SafeVarargs
    public FormFields(Class<F> form, Field<E, F, ?>... fields) {
        this.form = form;
        for (Field<E, F, ?> f : fields) {
            if (this.fields.put(f.name(), f) != null) {
                throw new IllegalArgumentException("field declared twice: " + f.name());
            }
        }
        RecordComponent[] components = form.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        if (!names.equals(List.copyOf(this.fields.keySet()))) {
            throw new IllegalArgumentException(form.getSimpleName() + " has components " + names
                    + " but the fields declared are " + this.fields.keySet());
        }
        try {
            this.constructor = form.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("no canonical constructor in " + form, e);
        }
    }

    /** The field names, in the form's order. */
    public Set<String> names() {
        return fields.keySet();
    }

    /** The form showing what {@code entity} holds. */
    public F read(E entity) {
        Object[] values = fields.values().stream().map(f -> f.inEntity().apply(entity)).toArray();
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + form.getSimpleName(), e);
        }
    }

    /** Writes every field of {@code values} (a new record). */
    public void writeAll(E entity, F values) {
        fields.values().forEach(f -> f.copy(entity, values));
    }

    /**
     * Writes the fields of {@code fieldsToWrite} from {@code values} (the checked, cleaned form),
     * leaving every other field as it is. Refuses the whole edit, writing nothing, when the entity no
     * longer holds for one of them the value the form was loaded with: someone else changed that
     * field meanwhile.
     *
     * @throws StaleRecordException naming the fields changed meanwhile (names only, no values)
     */
    public void apply(E entity, F loaded, F values, Set<String> fieldsToWrite) {
        List<Field<E, F, ?>> write = new ArrayList<>();
        List<String> changedMeanwhile = new ArrayList<>();
        for (String name : fieldsToWrite) {
            Field<E, F, ?> f = fields.get(name);
            if (f == null) {
                throw new IllegalArgumentException("unknown field " + name + " of " + form.getSimpleName());
            }
            if (!Objects.equals(f.inEntity().apply(entity), f.inForm().apply(loaded))) {
                changedMeanwhile.add(name);
            }
            write.add(f);
        }
        if (!changedMeanwhile.isEmpty()) {
            throw new StaleRecordException("changed since it was loaded: " + changedMeanwhile, null);
        }
        write.forEach(f -> f.copy(entity, values));
    }

    /** Fills the fields of {@code to} that are empty with the values of {@code from}. */
    public void fillBlanks(E to, E from, Set<String> names) {
        for (String name : names) {
            fillBlank(fields.get(name), to, from);
        }
    }

    private static <E, F, V> void fillBlank(Field<E, F, V> f, E to, E from) {
        if (f.inEntity().apply(to) == null) {
            f.set().accept(to, f.inEntity().apply(from));
        }
    }
}
