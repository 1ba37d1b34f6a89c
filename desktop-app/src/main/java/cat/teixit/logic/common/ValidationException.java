package cat.teixit.logic.common;

import java.io.Serial;

/** Input was refused; nothing was saved. Carries the problems per field. */
public final class ValidationException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient ValidationErrors errors;

    public ValidationException(ValidationErrors errors) {
        super("invalid input: " + errors.byField().keySet());
        this.errors = errors;
    }

    public ValidationErrors errors() {
        return errors;
    }
}
