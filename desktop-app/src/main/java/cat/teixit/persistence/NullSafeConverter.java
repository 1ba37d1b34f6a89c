package cat.teixit.persistence;

import jakarta.persistence.AttributeConverter;
import java.util.function.Function;

/**
 * A column converter from two conversions, with null (an empty column) kept null both ways. Stateless.
 *
 * @param <A> the entity's attribute type
 * @param <D> the column's type
 */
abstract class NullSafeConverter<A, D> implements AttributeConverter<A, D> {

    private final Function<A, D> toColumn;
    private final Function<D, A> fromColumn;

    NullSafeConverter(Function<A, D> toColumn, Function<D, A> fromColumn) {
        this.toColumn = toColumn;
        this.fromColumn = fromColumn;
    }

    @Override
    public final D convertToDatabaseColumn(A attribute) {
        return attribute == null ? null : toColumn.apply(attribute);
    }

    @Override
    public final A convertToEntityAttribute(D dbData) {
        return dbData == null ? null : fromColumn.apply(dbData);
    }
}
