package cat.teixit.logic.sync;

import cat.teixit.logic.casefile.PersonForm;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A person form read from the person table's columns as sync carries them, so that values merged by
 * hand in a conflict go through the same checks as the person form. Form components map to columns
 * by name (givenName: given_name; the document's two: id_doc_type, id_doc_number). Stateless.
 */
final class MergedPerson {

    private static final RecordComponent[] COMPONENTS = PersonForm.class.getRecordComponents();
    private static final Constructor<PersonForm> CANONICAL = canonical();

    private MergedPerson() {
    }

    /** The column of a form component (the field names of the person validator's errors). */
    static String column(String component) {
        return switch (component) {
            case "docType" -> "id_doc_type";
            case "docNumber" -> "id_doc_number";
            default -> component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        };
    }

    /** The form whose components hold {@code column}'s values; a value of the wrong shape reads as empty. */
    static PersonForm form(Function<String, JsonNode> column) {
        Object[] args = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            args[i] = value(column.apply(column(COMPONENTS[i].getName())), COMPONENTS[i].getType());
        }
        try {
            return CANONICAL.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("person form", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(JsonNode v, Class<?> type) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        try {
            if (type == String.class) {
                return v.asText();
            }
            if (type == Integer.class) {
                return v.canConvertToInt() ? v.intValue() : null;
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(v.asText());
            }
            if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, v.asText());
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
        throw new IllegalStateException("unexpected person form type " + type.getSimpleName());
    }

    private static Constructor<PersonForm> canonical() {
        try {
            return PersonForm.class.getDeclaredConstructor(
                    Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
