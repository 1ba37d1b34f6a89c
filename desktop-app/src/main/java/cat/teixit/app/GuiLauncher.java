package cat.teixit.app;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.logic.settings.Language;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.SettingsFile;
import cat.teixit.persistence.StoreOpenException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the workstation's window: takes the data directory and shows the login screen; the first sign-in opens the
 * encrypted store ({@link SignInGate}). Returns the exit code once the window is closed.
 * Not thread-safe: call once, from {@code main}.
 */
public final class GuiLauncher {

    private GuiLauncher() {
    }

    /** {@code probe}, starting the store's warm-up the first time the login screen is ready. */
    private static StartupProbe warmingUpOnceShown(Path dataDir, StartupProbe probe) {
        AtomicBoolean started = new AtomicBoolean();
        return new StartupProbe() {
            @Override
            public void loginReady(LoginViewModel vm) {
                if (started.compareAndSet(false, true)) {
                    Thread warm = new Thread(() -> LocalStore.warmUp(dataDir), "teixit-warmup");
                    warm.setDaemon(true);
                    warm.setPriority(Thread.MIN_PRIORITY);
                    warm.start();
                }
                probe.loginReady(vm);
            }

            @Override
            public void mainReady(Scene scene) {
                probe.mainReady(scene);
            }
        };
    }

    /** Runs the GUI until the user quits; returns the process exit code. */
    public static int run(Path dataDir, boolean demo, StartupProbe probe) {
        InstanceLock lock;
        StoreOpenException lockFailure = null;
        try {
            lock = InstanceLock.acquire(dataDir);
            Logging.toFile(dataDir);
        } catch (StoreOpenException e) {
            lock = null;
            lockFailure = e;
        }
        Logger log = LoggerFactory.getLogger(GuiLauncher.class);
        log.info("Teixit {} starting (demo={})", Version.current(), demo);

        // Nothing of the encrypted store is read before the first sign-in unwraps its key (decision 0032).
        SignInGate gate = lockFailure != null ? SignInGate.of(CompletableFuture.failedFuture(lockFailure))
                : SignInGate.forDataDir(dataDir, lock, demo);
        // While the user types their password: load and warm what opening the store needs (no key, no data). It
        // starts once the login screen is drawn, not before: on two cores it would slow the screen's own start.
        StartupProbe withWarmUp = lockFailure != null ? probe : warmingUpOnceShown(dataDir, probe);
        Preferences preferences = new Preferences(new SettingsFile(dataDir));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(ExitCodes.OK);
        try {
            Platform.setImplicitExit(false);
            Platform.startup(() -> {
                GuiApplication app = new GuiApplication(dataDir, gate, preferences, withWarmUp, code -> {
                    exitCode.set(code);
                    Platform.exit();
                    closed.countDown();
                });
                app.start(new Stage());
            });
        } catch (RuntimeException | LinkageError e) {
            gate.close();
            WindowFailure why = WindowFailure.of(e, System.getProperty("os.name", ""), System.getenv());
            if (why.kind() == WindowFailure.Kind.OTHER) {
                log.error("The window could not be opened", e);
            } else {
                // Explained on stderr; the details go to the log file only, not as a stack trace on the console.
                log.info("The window could not be opened: {}", why.kind(), e);
            }
            throw new WindowUnavailableException(explain(why, preferences.language()),
                    why.kind() == WindowFailure.Kind.OTHER ? ExitCodes.FAILURE : ExitCodes.NO_WINDOW, e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode.get();
    }

    /** What the user reads when the window cannot open, in {@code language}. */
    static String explain(WindowFailure why, Language language) {
        ResourceBundle texts = I18n.load(language);
        return switch (why.kind()) {
            case NO_DISPLAY -> texts.getString("startup.noDisplay");
            case MISSING_LIBRARY -> new MessageFormat(texts.getString("startup.missingLibrary"), language.locale())
                    .format(new Object[] {why.library(), why.packages()});
            case OTHER -> texts.getString("startup.windowFailed");
        };
    }

    /**
     * The window cannot open (no graphical display, a missing system library, or else): what to tell the user
     * and the process exit code. Immutable.
     */
    public static final class WindowUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        WindowUnavailableException(String userMessage, int exitCode, Throwable cause) {
            super(userMessage, cause);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
