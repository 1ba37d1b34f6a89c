package cat.teixit.app;

import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.home.HomeViewModel;
import cat.teixit.gui.shell.Feature;
import cat.teixit.gui.shell.LockView;
import cat.teixit.gui.shell.LockViewModel;
import cat.teixit.gui.shell.MainView;
import cat.teixit.gui.shell.MainViewModel;
import cat.teixit.gui.shell.MainWindow;
import cat.teixit.gui.shell.SessionLock;
import cat.teixit.gui.shell.ShellContext;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.gui.common.FxDialogService;
import cat.teixit.gui.common.FxUiExecutor;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.common.View;
import cat.teixit.gui.login.LoginView;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.security.IdleLock;
import cat.teixit.logic.security.LockSettings;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.settings.WindowGeometry;
import cat.teixit.persistence.StoreOpenException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the interface: builds every view and view model by constructor, switches
 * between the login screen and the main window, and shuts down cleanly. Use from the FX thread.
 */
public final class GuiApplication {

    /** Hooks for the start-up benchmark: told when each screen is ready to use. */
    public interface StartupProbe {
        StartupProbe NONE = new StartupProbe() {
        };

        default void loginReady(LoginViewModel vm) {
        }

        /** The main window is drawn and usable; {@code scene} is what a user sees and types into. */
        default void mainReady(Scene scene) {
        }
    }

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
    private MainWindow mainWindow;
    private MainViewModel mainStatus;
    private SessionLock sessionLock;
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
        i18n.languageProperty().addListener((o, old, now) -> executor.run(() -> {
            preferences.setLanguage(now);
            return null;
        }, ok -> { }, e -> { }));
        theme.themeProperty().addListener((o, old, now) -> executor.run(() -> {
            preferences.setTheme(now);
            return null;
        }, ok -> { }, e -> { }));
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
        stage.setScene(scene);
        stage.titleProperty().bind(i18n.bind("app.window.title"));
        applyGeometry(preferences.window());
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
                executor.run(() -> {
                    Workstation.remoteWipeAcknowledged(dataDir);
                    return null;
                }, ok -> { }, e -> { });
            });
        }));
    }

    /**
     * The server revoked this device and the workstation closed itself and erased its local data (or will at the
     * next start): the user is told, and Teixit ends.
     */
    private void remotelyWiped(boolean erased) {
        mainWindow = null;
        stage.hide();
        dialogs.showError("remoteWipe.title", erased ? "remoteWipe.now" : "remoteWipe.atNextStart");
        shutdown(ExitCodes.LOGIN_REFUSED, null);
    }

    private void showLogin() {
        LoginViewModel vm = new LoginViewModel(gate::login,
                (current, next, repeat) -> workstation().auth().changePassword(current, next, repeat), executor,
                this::showMain);
        LoginView view = new LoginView(vm, i18n, i18n::setLanguage);
        setRoot(view);
        gate.demo().thenAccept(demo -> executor.onUiThread(() -> vm.demoHintProperty().set(demo
                ? DemoSeeder.USERS.getFirst().username() + " / " + DemoSeeder.DEMO_PASSWORD : null)));
        afterNextFrame(() -> probe.loginReady(vm));
    }

    /** The main window of {@code user}: the features their slices open, around the shell. */
    private void showMain(CurrentUser loggedIn) {
        Workstation w = workstation();
        // The case files of live break-the-glass openings show, read only, besides the user's own scopes.
        CurrentUser user = w.emergency().withOpenings(loggedIn);
        ShellContext shell = new ShellContext(user, executor, i18n, dialogs, new Workspace(dialogs), this::refreshStatus);
        // The application's own preferences: the one instance that writes settings.properties while the window is open.
        LockSettings lockSettings = new LockSettings(preferences, w.access());
        List<Feature> features = Slices.of(w, theme, dataDir, lockSettings, preferences::managed).stream()
                .flatMap(s -> s.open(shell).stream()).toList();
        MainViewModel model = new MainViewModel(user, w.status(), executor, w.sync());
        HomeViewModel home = new HomeViewModel(user, w.status(), executor, w.clock(), I18n.ZONE);
        mainWindow = new MainWindow(shell, model, home, features, new MainWindow.Actions() {
            @Override
            public void logout() {
                // Leaving the main view replaces the scene's shortcuts: not while one is being dispatched.
                Platform.runLater(GuiApplication.this::logout);
            }

            @Override
            public void toggleTheme() {
                theme.toggle();
            }
        }, layers);
        mainStatus = model;
        setRoot(mainWindow.view());
        mainWindow.start(scene);
        LockViewModel lock = new LockViewModel(pw -> w.auth().unlock(pw), executor);
        // Not inside the button's event: leaving replaces the scene's content and shortcuts.
        lock.setOnLogout(() -> Platform.runLater(this::logout));
        sessionLock = new SessionLock(new IdleLock(lockClock, lockSettings::idleTimeout), scene, layers,
                mainWindow.view().node(), lock, new LockView(lock, i18n, user.displayName()));
        sessionLock.start();
        afterNextFrame(() -> probe.mainReady(scene));
    }

    private void refreshStatus() {
        if (mainStatus != null) {
            mainStatus.refresh();
        }
    }

    private void setRoot(View view) {
        layers.getChildren().setAll(view.node());
        view.activate();
    }

    private void logout() {
        if (!leaveMainView()) {
            return;
        }
        workstation().auth().logout();
        showLogin();
    }

    /** Closes the main view if its unsaved work may go; false when the user chose to stay. */
    private boolean leaveMainView() {
        if (mainWindow == null) {
            return true;
        }
        if (mainWindow.hasUnsavedChanges()
                && !dialogs.confirm("dialog.unsaved.title", "dialog.unsaved.message", "dialog.unsaved.discard")) {
            return false;
        }
        closeMainWindow();
        scene.getAccelerators().clear();
        scene.getAccelerators().put(MainView.QUIT, quitLater);
        return true;
    }

    private void closeMainWindow() {
        sessionLock.stop();
        sessionLock = null;
        mainWindow.stop();
        mainWindow = null;
        mainStatus = null;
    }

    /** Quits at once, dropping unsaved work (drafts stay): for an orderly shutdown of tests and the OS. */
    public void quitWithoutAsking() {
        if (mainWindow != null) {
            closeMainWindow();
        }
        stage.hide();
        shutdown(0, null);
    }

    /** The user closes the window: guard unsaved work, remember the window, release the store. */
    public void requestQuit() {
        if (!leaveMainView()) {
            return;
        }
        WindowGeometry g = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
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

    private Workstation workstation() {
        try {
            return backend.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the local store", e);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
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

    private void applyGeometry(WindowGeometry g) {
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        var bounds = Screen.getPrimary().getVisualBounds();
        boolean remembered = g.hasPosition() && !Screen.getScreensForRectangle(g.x(), g.y(), 100, 100).isEmpty();
        if (remembered) {
            bounds = Screen.getScreensForRectangle(g.x(), g.y(), 100, 100).getFirst().getVisualBounds();
        }
        // Never larger than the screen it opens on (council laptops are 1366x768).
        stage.setWidth(Math.min(g.width(), bounds.getWidth()));
        stage.setHeight(Math.min(g.height(), bounds.getHeight()));
        if (remembered) {
            stage.setX(Math.max(bounds.getMinX(), Math.min(g.x(), bounds.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(bounds.getMinY(), Math.min(g.y(), bounds.getMaxY() - stage.getHeight())));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(g.maximized());
    }

    /** Runs {@code action} once the next frame has been drawn: the screen is then really usable. */
    private static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** Reasons the store refused to open, as exit codes and message keys. */
    static final class StoreErrors {
        private StoreErrors() {
        }

        static String messageKey(Throwable cause) {
            if (cause instanceof StoreOpenException e) {
                return switch (e.reason()) {
                    case LOCKED -> "store.error.locked";
                    case CORRUPT -> "store.error.corrupt";
                    case NEWER_SCHEMA -> "store.error.newer";
                    case IO -> "store.error.io";
                    case NO_KEY, WRONG_PASSWORD -> "login.error.credentials";
                };
            }
            return "store.error.io";
        }

        static int exitCode(Throwable cause) {
            return cause instanceof StoreOpenException e ? ExitCodes.of(e.reason()) : ExitCodes.IO;
        }
    }
}
