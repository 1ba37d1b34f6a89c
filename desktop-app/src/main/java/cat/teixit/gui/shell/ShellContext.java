package cat.teixit.gui.shell;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import java.util.function.Function;

/**
 * What the shell hands every feature of a session: who is logged in, the background executor, the
 * texts, the dialogs, the tabs, a way to tell the status bar that the data's state changed, and a way to enter
 * the session again when the user's access changed. No services: each slice brings its own. Use from the FX thread.
 */
public record ShellContext(CurrentUser user, UiExecutor executor, I18n i18n, DialogService dialogs,
        Workspace workspace, Runnable refreshStatus, Reentry reentry) {

    /** A failure as the message the user reads, in the session's language ({@link ErrorKeys#describe}). */
    public Function<Throwable, String> describeErrors() {
        return e -> ErrorKeys.describe(i18n, e);
    }

    /**
     * Builds the session's window again for the same user, whose access has just changed (a break-the-glass
     * opening: a scope to see), then opens a case file in it. Unsaved work is guarded as on log-out.
     */
    @FunctionalInterface
    public interface Reentry {
        void showing(java.util.UUID caseFileId);
    }
}
