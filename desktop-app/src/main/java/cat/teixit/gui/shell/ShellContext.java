package cat.teixit.gui.shell;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;

/**
 * What the shell hands every feature of a session: who is logged in, the background executor, the
 * texts, the dialogs, the tabs, and a way to tell the status bar that the data's state changed. No
 * services: each slice brings its own. Use from the FX thread.
 */
public record ShellContext(CurrentUser user, UiExecutor executor, I18n i18n, DialogService dialogs,
        Workspace workspace, Runnable refreshStatus) {
}
