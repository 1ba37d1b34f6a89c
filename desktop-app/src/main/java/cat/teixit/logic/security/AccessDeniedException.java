package cat.teixit.logic.security;

import java.io.Serial;

/** The current user may not do what was asked. The interface shows a translated message. */
public final class AccessDeniedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("permission required: " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
