package cat.teixit.logic.documents;

import java.io.Serial;
import java.util.List;

/**
 * A document cannot be made: placeholders the template prints have no value for this case file (named
 * as in the template, e.g. {@code person.idDocument}). Nothing was written.
 */
public final class MissingDataException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The interface's message ({@code {0}}: the placeholders, comma-separated). */
    public static final String MESSAGE_KEY = "document.error.missing";

    private final transient List<String> placeholders;

    public MissingDataException(List<String> placeholders) {
        super("missing data: " + String.join(", ", placeholders));
        this.placeholders = List.copyOf(placeholders);
    }

    /** The placeholders without a value, in template order, each once. */
    public List<String> placeholders() {
        return placeholders;
    }
}
