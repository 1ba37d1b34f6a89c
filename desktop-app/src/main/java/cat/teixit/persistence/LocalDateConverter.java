package cat.teixit.persistence;

import jakarta.persistence.Converter;
import java.time.LocalDate;

/** Stores calendar dates as ISO text (yyyy-MM-dd), which sorts and reads well in SQLite. Stateless. */
@Converter(autoApply = true)
public final class LocalDateConverter extends NullSafeConverter<LocalDate, String> {

    public LocalDateConverter() {
        super(LocalDate::toString, LocalDate::parse);
    }
}
