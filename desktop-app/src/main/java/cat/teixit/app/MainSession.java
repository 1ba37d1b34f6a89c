package cat.teixit.app;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.FxUiExecutor;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.common.View;
import cat.teixit.gui.home.HomeViewModel;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.LockView;
import cat.teixit.gui.shell.LockViewModel;
import cat.teixit.gui.shell.MainViewModel;
import cat.teixit.gui.shell.MainWindow;
import cat.teixit.gui.shell.SessionLock;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.security.IdleLock;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.logic.settings.Preferences;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * One signed-in user at the main window, from sign-in to log-out: the window their slices compose around the
 * shell, and its idle lock (after the idle time or on Ctrl+L; its log-out leaves the session). Use from the FX thread.
 */
final class MainSession {

    /** What the application's window lends each session. */
    record Window(Scene scene, StackPane layers, FxUiExecutor executor, I18n i18n, DialogService dialogs,
            ThemeSwitcher theme, Path dataDir, Preferences preferences, Clock lockClock) {
    }

    private final MainWindow mainWindow;
    private final MainViewModel status;
    private final SessionLock lock;
    private final Workspace workspace;
    private boolean open = true;

    /**
     * Shows {@code loggedIn}'s main window and starts its lock.
     *
     * @param show    puts a screen in the window
     * @param logout  leaves the session (later, never inside the event that asks)
     * @param reentry the session again, the user's access changed, showing a case file (later too)
     */
    MainSession(Window window, Workstation w, CurrentUser loggedIn, Consumer<View> show, Runnable logout,
            ShellContext.Reentry reentry) {
        // The case files of live break-the-glass openings show, read only, besides the user's own scopes.
        CurrentUser user = w.emergency().withOpenings(loggedIn);
        ShellContext shell = new ShellContext(user, window.executor(), window.i18n(), window.dialogs(),
                new Workspace(window.dialogs()), this::refreshStatus, reentry);
        workspace = shell.workspace();
        // The application's own preferences: the one instance that writes settings.properties while the window is open.
        LockSettings lockSettings = new LockSettings(window.preferences(), w.access());
        List<Feature> features = Slices.of(w, window.theme(), window.dataDir(), lockSettings,
                window.preferences()::managed).stream().flatMap(s -> s.open(shell).stream()).toList();
        status = new MainViewModel(user, w.status(), window.executor(), w.sync());
        HomeViewModel home = new HomeViewModel(user, w.status(), window.executor(), w.clock(), I18n.ZONE);
        mainWindow = new MainWindow(shell, status, home, features, new MainWindow.Actions() {
            @Override
            public void logout() {
                logout.run();
            }

            @Override
            public void toggleTheme() {
                window.theme().toggle();
            }
        }, window.layers());
        show.accept(mainWindow.view());
        mainWindow.start(window.scene());
        LockViewModel unlock = new LockViewModel(pw -> w.auth().unlock(pw), window.executor());
        unlock.setOnLogout(logout);
        lock = new SessionLock(new IdleLock(window.lockClock(), lockSettings::idleTimeout), window.scene(),
                window.layers(), mainWindow.view().node(), unlock,
                new LockView(unlock, window.i18n(), user.displayName()));
        lock.start();
    }

    /** The status bar's counts again (after a change saved somewhere). */
    void refreshStatus() {
        if (open && status != null) { // null while the slices open, before the status bar exists
            status.refresh();
        }
    }

    /** Opens (or selects) the tab of case file {@code caseFileId}. */
    void openCaseFile(java.util.UUID caseFileId) {
        workspace.openCaseFile(caseFileId);
    }

    boolean hasUnsavedChanges() {
        return mainWindow.hasUnsavedChanges();
    }

    /** Ends the session: the lock, then the window. */
    void stop() {
        open = false;
        lock.stop();
        mainWindow.stop();
    }
}
