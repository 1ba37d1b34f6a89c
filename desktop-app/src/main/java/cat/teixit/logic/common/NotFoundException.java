package cat.teixit.logic.common;

import java.io.Serial;

/** The record asked for does not exist here (or the user may not see it). */
public final class NotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
