package cat.teixit.gui.common;

import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.model.common.StaleRecordException;
import java.util.concurrent.CompletionException;

/** The translated message key for a failure of background work: never a stack trace on screen. Stateless. */
public final class ErrorKeys {

    private ErrorKeys() {
    }

    public static String of(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return switch (t) {
            case StaleRecordException x -> "error.stale";
            case ValidationException x -> "error.validation";
            case AccessDeniedException x -> "error.denied";
            case NotFoundException x -> "error.notFound";
            default -> "error.unexpected";
        };
    }
}
