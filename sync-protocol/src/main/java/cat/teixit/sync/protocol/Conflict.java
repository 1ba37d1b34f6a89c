package cat.teixit.sync.protocol;

import java.util.List;
import java.util.Objects;

/**
 * The details of a conflicting operation: its kind, the clashing fields (for {@link ConflictKind#FIELDS})
 * and the server's state of the record after the non-clashing part was applied. Immutable.
 */
public record Conflict(ConflictKind kind, List<FieldConflict> fields, RecordState server) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        fields = fields == null ? List.of() : List.copyOf(fields);
        Objects.requireNonNull(server, "server");
        if (kind == ConflictKind.FIELDS && fields.isEmpty()) {
            throw new IllegalArgumentException("a field conflict names its fields");
        }
    }
}
