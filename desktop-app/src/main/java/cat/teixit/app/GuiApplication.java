package cat.teixit.app;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.FxDialogService;
import cat.teixit.gui.common.FxUiExecutor;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.common.View;
import cat.teixit.gui.login.LoginView;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.gui.shell.MainView;
import cat.teixit.gui.shell.WindowPlacement;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.settings.WindowGeometry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the interface: builds the window and its screens, switches between the login screen and
 * the signed-in user's {@link MainSession}, and shuts down cleanly. Use from the FX thread.
 */
public final class GuiApplication {

    private static final Logger LOG = LoggerFactory.getLogger(GuiApplication.class);
    private static final String CSS = Objects.requireNonNull(GuiApplication.class.getResource("/css/teixit.css"))
            .toExternalForm();

    private final Path dataDir;
    private final SignInGate gate;
    private final CompletableFuture<Workstation> backend;
    private final Preferences preferences;
    private final StartupProbe probe;
    private final IntConsumer exit;
    private final FxUiExecutor executor = new FxUiExecutor(3);
    /**
     * Quitting replaces the scene's shortcuts: never while JavaFX is dispatching one of them (that
     * threw and left a blank window running), so the shortcut asks for it on the next turn.
     */
    private final Runnable quitLater = () -> Platform.runLater(this::requestQuit);
    private final I18n i18n;
    private final ThemeSwitcher theme;
    private Stage stage;
    private Scene scene;
    /** The scene's root: the current screen, and above it what is shown over it (the F1 sheet). */
    private final StackPane layers = new StackPane();
    private DialogService dialogs;
    private MainSession.Window window;
    /** The signed-in user's main window, or null at the login screen. */
    private MainSession session;
    /** The clock of the idle lock (tests move it instead of waiting ten minutes). */
    private final Clock lockClock;

    /**
     * @param backend the workstation being opened in the background (may complete exceptionally)
     * @param exit    what to do to leave, with an exit code (production: exit the JVM)
     */
    public GuiApplication(Path dataDir, CompletableFuture<Workstation> backend, Preferences preferences,
            StartupProbe probe, IntConsumer exit) {
        this(dataDir, SignInGate.of(backend), preferences, probe, exit, Clock.systemUTC());
    }

    /** As above, with the clock the session's idle lock reads. */
    public GuiApplication(Path dataDir, CompletableFuture<Workstation> backend, Preferences preferences,
            StartupProbe probe, IntConsumer exit, Clock lockClock) {
        this(dataDir, SignInGate.of(backend), preferences, probe, exit, lockClock);
    }

    /** The window in front of {@code gate}: the store opens at the first sign-in (decision 0032). */
    public GuiApplication(Path dataDir, SignInGate gate, Preferences preferences, StartupProbe probe, IntConsumer exit) {
        this(dataDir, gate, preferences, probe, exit, Clock.systemUTC());
    }

    private GuiApplication(Path dataDir, SignInGate gate, Preferences preferences, StartupProbe probe,
            IntConsumer exit, Clock lockClock) {
        this.lockClock = lockClock;
        this.dataDir = dataDir;
        this.gate = gate;
        this.backend = gate.opened();
        this.preferences = preferences;
        this.probe = probe;
        this.exit = exit;
        this.i18n = new I18n(preferences.language());
        this.theme = new ThemeSwitcher(preferences.theme());
        // Remember language and theme; saving touches the disk, so off the FX thread.
        i18n.languageProperty().addListener((o, old, now) ->
                executor.runAndForget(() -> preferences.setLanguage(now)));
        theme.themeProperty().addListener((o, old, now) -> executor.runAndForget(() -> preferences.setTheme(now)));
    }

    public I18n i18n() {
        return i18n;
    }

    public UiExecutor executor() {
        return executor;
    }

    /** Shows the login screen on {@code primary}; the main window follows a successful login. */
    public void start(Stage primary) {
        this.stage = primary;
        this.dialogs = new FxDialogService(i18n, () -> stage);
        scene = new Scene(layers, 1280, 800);
        scene.getStylesheets().add(CSS);
        window = new MainSession.Window(scene, layers, executor, i18n, dialogs, theme, dataDir, preferences, lockClock);
        stage.setScene(scene);
        stage.titleProperty().bind(i18n.bind("app.window.title"));
        WindowPlacement.restore(stage, preferences.window());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestQuit();
        });
        scene.getAccelerators().put(MainView.QUIT, quitLater);
        showLogin();
        stage.show();
        // Always later, never inside start(): a store that fails at once (locked) would otherwise open its
        // dialog's nested event loop before the toolkit draws anything, and the dialog would stay blank.
        backend.whenComplete((w, error) -> Platform.runLater(() -> {
            if (error != null) {
                storeFailed(error);
                return;
            }
            w.remoteWipe().thenAccept(erased -> Platform.runLater(() -> remotelyWiped(erased)));
            Workstation.remoteWipeNotice(dataDir).ifPresent(at -> {
                dialogs.showInfo("remoteWipe.title", "remoteWipe.notice");
                executor.runAndForget(() -> Workstation.remoteWipeAcknowledged(dataDir));
            });
        }));
    }

    /**
     * The server revoked this device and the workstation closed itself and erased its local data (or will at the
     * next start): the user is told, and Teixit ends.
     */
    private void remotelyWiped(boolean erased) {
        session = null;
        stage.hide();
        dialogs.showError("remoteWipe.title", erased ? "remoteWipe.now" : "remoteWipe.atNextStart");
        shutdown(ExitCodes.LOGIN_REFUSED, null);
    }

    private void showLogin() {
        LoginViewModel vm = new LoginViewModel(gate::login,
                (current, next, repeat) -> gate.workstation().auth().changePassword(current, next, repeat), executor,
                this::showMain);
        LoginView view = new LoginView(vm, i18n, i18n::setLanguage);
        setRoot(view);
        gate.demo().thenAccept(demo -> executor.onUiThread(() -> vm.demoHint.set(demo
                ? DemoSeeder.USERS.getFirst().username() + " / " + DemoSeeder.DEMO_PASSWORD : null)));
        StartupProbe.afterNextFrame(() -> probe.loginReady(vm));
    }

    /** The main window of {@code user}: the features their slices open, around the shell. */
    private void showMain(CurrentUser loggedIn) {
        // Leaving the main view replaces the scene's content and shortcuts: not while one of its events is dispatched.
        session = new MainSession(window, gate.workstation(), loggedIn, this::setRoot,
                () -> Platform.runLater(this::logout),
                caseFileId -> Platform.runLater(() -> reenter(loggedIn, caseFileId)));
        StartupProbe.afterNextFrame(() -> probe.mainReady(scene));
    }

    /** {@code loggedIn}'s main window again (their access changed: a break-the-glass opening), showing a case file. */
    private void reenter(CurrentUser loggedIn, java.util.UUID caseFileId) {
        if (!leaveMainView()) {
            return;
        }
        showMain(loggedIn);
        session.openCaseFile(caseFileId);
    }

    private void setRoot(View view) {
        layers.getChildren().setAll(view.node());
        view.activate();
    }

    private void logout() {
        if (!leaveMainView()) {
            return;
        }
        gate.workstation().auth().logout();
        showLogin();
    }

    /** Closes the main view if its unsaved work may go; false when the user chose to stay. */
    private boolean leaveMainView() {
        if (session == null) {
            return true;
        }
        if (session.hasUnsavedChanges()
                && !dialogs.confirm("dialog.unsaved.title", "dialog.unsaved.message", "dialog.unsaved.discard")) {
            return false;
        }
        closeSession();
        scene.getAccelerators().clear();
        scene.getAccelerators().put(MainView.QUIT, quitLater);
        return true;
    }

    private void closeSession() {
        session.stop();
        session = null;
    }

    /** Quits at once, dropping unsaved work (drafts stay): for an orderly shutdown of tests and the OS. */
    public void quitWithoutAsking() {
        if (session != null) {
            closeSession();
        }
        stage.hide();
        shutdown(0, null);
    }

    /** The user closes the window: guard unsaved work, remember the window, release the store. */
    public void requestQuit() {
        if (!leaveMainView()) {
            return;
        }
        WindowGeometry g = WindowPlacement.of(stage);
        stage.hide();
        shutdown(0, g);
    }

    private void shutdown(int code, WindowGeometry geometry) {
        if (geometry != null) {
            preferences.setWindow(geometry);
        }
        executor.close();
        gate.close();
        LOG.info("Teixit closed");
        exit.accept(code);
    }

    private void storeFailed(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        LOG.error("The local store could not be opened", cause);
        stage.hide();
        showStoreError(cause);
        shutdown(StoreErrors.exitCode(cause), null);
    }

    /** Explains why the store cannot be opened, in the user's language. */
    public void showStoreError(Throwable cause) {
        if (dialogs == null) {
            dialogs = new FxDialogService(i18n, () -> null);
        }
        dialogs.showError("store.error.title", StoreErrors.messageKey(cause), dataDir.toAbsolutePath().toString());
    }
}
