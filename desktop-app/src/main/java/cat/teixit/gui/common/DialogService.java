package cat.teixit.gui.common;

/**
 * Dialogs for decisions and errors, in the user's language. Only for decisions: routine work never
 * opens a modal dialog. Call from the UI thread.
 */
public interface DialogService {

    /** Shows a translated error: what happened and what to do. Never a stack trace. */
    void showError(String titleKey, String messageKey, Object... args);

    /** Asks a yes/no question; true when the user confirms. */
    boolean confirm(String titleKey, String messageKey, String confirmKey, Object... args);

    /** Shows a translated informational message. */
    void showInfo(String titleKey, String messageKey, Object... args);
}
