package cat.teixit.sync.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One field changed on both sides: the value this device sent ({@code mine}), the server's value
 * ({@code theirs}), and who set it, when, at which record version. Immutable.
 */
public record FieldConflict(String field, JsonNode mine, JsonNode theirs, long theirsVersion, String theirsBy,
        long theirsAt, String theirsHlc) {

    public FieldConflict {
        Validation.require(Validation.FIELD_NAME, field, "field");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(theirsBy, "theirsBy");
        Validation.require(Validation.HLC, theirsHlc, "theirsHlc");
    }
}
