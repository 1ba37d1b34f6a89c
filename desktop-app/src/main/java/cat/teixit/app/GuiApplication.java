package cat.teixit.app;

import cat.teixit.gui.casefile.CaseFilesAreaView;
import cat.teixit.gui.casefile.CaseNavigator;
import cat.teixit.gui.casefile.CaseServices;
import cat.teixit.gui.casefile.MyCaseFilesCard;
import cat.teixit.gui.common.DialogService;
import cat.teixit.gui.common.FxDialogService;
import cat.teixit.gui.common.FxUiExecutor;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.ThemeSwitcher;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.gui.common.View;
import cat.teixit.gui.home.HomeView;
import cat.teixit.gui.home.HomeViewModel;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.gui.login.LoginView;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.gui.search.SearchBox;
import cat.teixit.gui.search.SearchViewModel;
import cat.teixit.gui.settings.SettingsView;
import cat.teixit.gui.settings.SettingsViewModel;
import cat.teixit.gui.shell.Area;
import cat.teixit.gui.shell.MainView;
import cat.teixit.gui.shell.MainViewModel;
import cat.teixit.gui.shell.ShortcutSheet;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.gui.sync.ConflictsView;
import cat.teixit.gui.sync.ConflictsViewModel;
import cat.teixit.gui.sync.SyncView;
import cat.teixit.gui.sync.SyncViewModel;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.search.SearchService;
import cat.teixit.logic.security.Permission;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.logic.settings.WindowGeometry;
import cat.teixit.logic.sync.SyncService;
import cat.teixit.persistence.StoreOpenException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

        default void mainReady(GuiApplication app) {
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(GuiApplication.class);
    private static final String CSS = Objects.requireNonNull(GuiApplication.class.getResource("/css/teixit.css"))
            .toExternalForm();

    private final Path dataDir;
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
    private MainView mainView;
    private CaseNavigator navigator;
    private SearchViewModel searchModel;
    private Workspace workspace;
    private MainViewModel mainModel;

    /**
     * @param backend the workstation being opened in the background (may complete exceptionally)
     * @param exit    what to do to leave, with an exit code (production: exit the JVM)
     */
    public GuiApplication(Path dataDir, CompletableFuture<Workstation> backend, Preferences preferences,
            StartupProbe probe, IntConsumer exit) {
        this.dataDir = dataDir;
        this.backend = backend;
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
            }
        }));
    }

    private void showLogin() {
        LoginViewModel vm = new LoginViewModel((u, pw) -> workstation().auth().login(u, pw), executor,
                this::showMain);
        LoginView view = new LoginView(vm, i18n, i18n::setLanguage);
        setRoot(view);
        backend.thenAccept(w -> {
            boolean demo = w.status().isDemoStore();
            executor.onUiThread(() -> vm.demoHintProperty().set(demo
                    ? DemoSeeder.USERS.getFirst().username() + " / " + DemoSeeder.DEMO_PASSWORD : null));
        });
        afterNextFrame(() -> probe.loginReady(vm));
    }

    private void showMain(CurrentUser user) {
        Workstation w = workstation();
        workspace = new Workspace(dialogs);
        navigator = new CaseNavigator(workspace, nav -> new CaseServices(user, w.caseFiles(), w.people(),
                w.households(), w.interventions(), w.timeline(), w.resources(), w.plans(), w.referrals(),
                w.attachments(), w.search(), w.catalogues(), w.drafts(), executor, i18n, dialogs, nav));
        CaseServices services = navigator.services();
        boolean caseFiles = w.access().allows(user, Permission.VIEW_CASE_FILES);
        List<Area> areas = new ArrayList<>();
        areas.add(new Area("home", "area.home", AppIcon.HOME, shortcut(KeyCode.DIGIT1), false, false, () -> {
            MyCaseFilesCard card = caseFiles ? new MyCaseFilesCard(services) : null;
            return new HomeView(new HomeViewModel(user, w.status(), executor, w.clock(), I18n.ZONE), i18n,
                    card == null ? List.of() : List.of(card.node()), card == null ? () -> { } : card::refresh);
        }));
        if (caseFiles) {
            areas.add(new Area("casefiles", "area.casefiles", AppIcon.CASE_FILES, shortcut(KeyCode.DIGIT2), true, false,
                    () -> new CaseFilesAreaView(services)));
        }
        SyncService sync = w.sync();
        MainViewModel vm = new MainViewModel(user, w.status(), executor, sync);
        boolean syncing = sync.configured() && w.access().allows(user, Permission.SYNC);
        if (syncing) {
            areas.add(new Area("sync", "area.sync", AppIcon.SYNC, shortcut(KeyCode.DIGIT9), true, false,
                    () -> syncView(w, user, vm)));
        }
        areas.add(new Area("settings", "area.settings", AppIcon.SETTINGS, shortcut(KeyCode.COMMA), true, true,
                () -> new SettingsView(new SettingsViewModel(i18n.languageProperty(), theme.themeProperty(), dataDir,
                        Version.current()), i18n)));
        SearchBox search = null;
        if (caseFiles) {
            searchModel = new SearchViewModel(
                    q -> w.search().search(user, q, SearchService.DEFAULT_LIMIT, i18n.language()), executor);
            search = new SearchBox(searchModel, i18n, navigator);
        }
        mainModel = vm;
        mainView = new MainView(vm, i18n, areas, workspace, new MainView.Actions() {
            @Override
            public void logout() {
                // Leaving the main view replaces the scene's shortcuts: not while one is being dispatched.
                Platform.runLater(GuiApplication.this::logout);
            }

            @Override
            public void toggleTheme() {
                theme.toggle();
            }

            @Override
            public void showShortcuts() {
                List<ShortcutSheet.Entry> entries = ShortcutSheet.entries(areas, caseFiles);
                if (syncing) {
                    entries.add(new ShortcutSheet.Entry("shortcuts.syncNow", SyncView.SYNC_NOW));
                }
                ShortcutSheet.show(layers, i18n, entries);
            }
        }, search == null ? null : search.node());
        setRoot(mainView);
        mainView.installShortcuts(scene);
        if (search != null) {
            SearchBox box = search;
            scene.getAccelerators().put(ShortcutSheet.SEARCH, box::focus);
            scene.getAccelerators().put(ShortcutSheet.SEARCH_ALT, box::focus);
            scene.getAccelerators().put(ShortcutSheet.NEW, navigator::newThing);
        }
        if (syncing) {
            scene.getAccelerators().put(SyncView.SYNC_NOW, vm::syncNow);
            sync.startBackground();
        }
        afterNextFrame(() -> probe.mainReady(this));
    }

    /** The Sync area: state, sync now, conflicts side by side, refusals. */
    private View syncView(Workstation w, CurrentUser user, MainViewModel main) {
        SyncViewModel[] area = new SyncViewModel[1];
        ConflictsViewModel conflicts = new ConflictsViewModel(w.conflicts(), user, executor, () -> {
            area[0].refresh();
            main.refresh();
        });
        area[0] = new SyncViewModel(w.sync(), w.syncNotices(), user, executor, conflicts::refresh);
        return new SyncView(area[0], new ConflictsView(conflicts, i18n, w.catalogues()), i18n);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
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
        if (mainView == null) {
            return true;
        }
        if (mainView.hasUnsavedChanges()
                && !dialogs.confirm("dialog.unsaved.title", "dialog.unsaved.message", "dialog.unsaved.discard")) {
            return false;
        }
        mainView.deactivate();
        disposeMainModel();
        scene.getAccelerators().clear();
        scene.getAccelerators().put(MainView.QUIT, quitLater);
        mainView = null;
        return true;
    }

    private void disposeMainModel() {
        if (mainModel != null) {
            mainModel.dispose();
            mainModel = null;
        }
    }

    /** The search box's view model (null before login or without access to case files). */
    public SearchViewModel searchModel() {
        return searchModel;
    }

    /** The workspace's tab pane (for measurements). */
    public javafx.scene.control.TabPane tabs() {
        return workspace == null ? null : workspace.tabPane();
    }

    /** What opens case files and people in the main window (null before login). */
    public CaseNavigator navigator() {
        return navigator;
    }

    /** Quits at once, dropping unsaved work (drafts stay): for an orderly shutdown of tests and the OS. */
    public void quitWithoutAsking() {
        if (mainView != null) {
            mainView.deactivate();
            mainView = null;
        }
        disposeMainModel();
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
        backend.thenAccept(Workstation::close);
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
                };
            }
            return "store.error.io";
        }

        static int exitCode(Throwable cause) {
            return cause instanceof StoreOpenException e ? ExitCodes.of(e.reason()) : ExitCodes.IO;
        }
    }
}
