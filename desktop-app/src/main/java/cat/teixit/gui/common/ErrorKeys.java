package cat.teixit.gui.common;

import cat.teixit.logic.common.NotFoundException;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.documents.MissingDataException;
import cat.teixit.logic.security.AccessDeniedException;
import cat.teixit.model.common.StaleRecordException;
import java.util.Map;
import java.util.concurrent.CompletionException;

/** The translated message for a failure of background work: never a stack trace on screen. Stateless. */
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

    /** The translated text of a failure: every field problem of a validation, or the general message. */
    public static String describe(I18n i18n, Throwable e) {
        return describe(i18n, e, Map.of());
    }

    /**
     * As {@link #describe(I18n, Throwable)}, each field problem after the field's label when
     * {@code fieldLabels} names its key ("Àmbit: Cal omplir-ho."), so that two of them are told apart.
     */
    public static String describe(I18n i18n, Throwable e, Map<String, String> fieldLabels) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ValidationException v) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, ValidationErrors.Problem> p : v.errors().byField().entrySet()) {
                String text = i18n.t(p.getValue().key(), p.getValue().args());
                String label = fieldLabels.get(p.getKey());
                sb.append(label == null ? text : i18n.t("demands.error.field", i18n.t(label), text)).append(' ');
            }
            return sb.toString().strip();
        }
        if (t instanceof MissingDataException m) {
            return i18n.t("document.error.missing", String.join(", ", m.placeholders().stream().distinct().toList()));
        }
        return i18n.t(of(t));
    }
}
