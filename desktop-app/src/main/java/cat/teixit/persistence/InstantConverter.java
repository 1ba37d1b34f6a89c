package cat.teixit.persistence;

import jakarta.persistence.Converter;
import java.time.Instant;

/** Stores instants as UTC epoch milliseconds (SQLite INTEGER): compact, sortable, zone-free. Stateless. */
@Converter(autoApply = true)
public final class InstantConverter extends NullSafeConverter<Instant, Long> {

    public InstantConverter() {
        super(Instant::toEpochMilli, Instant::ofEpochMilli);
    }
}
