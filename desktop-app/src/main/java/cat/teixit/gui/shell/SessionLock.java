package cat.teixit.gui.shell;

import cat.teixit.logic.security.IdleLock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Locks the main window after the idle time or on {@link #LOCK}: the window's content is hidden (not closed:
 * what was typed and not saved stays in its fields), its shortcuts are taken away, and the lock screen asks
 * for the password. Windows opened over it (the document workbench, the template editor, the signature pad) are
 * hidden and shown again at the unlock; pop-ups are closed. Dialogs stay (a dialog waiting for an answer would
 * take a hidden one as cancelled). Any key, click, mouse move or scroll in any window of the application counts as activity.
 * Lives from login to log-out. Use from the FX thread.
 */
public final class SessionLock {

    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** How often the idle time is checked. */
    static final Duration POLL = Duration.seconds(1);

    private static final EventType<?>[] ACTIVITY = {KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED,
        MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL};

    private final IdleLock idle;
    private final Scene scene;
    private final StackPane layers;
    private final Node main;
    private final LockView view;
    private final Timeline poll;
    private final EventHandler<Event> activity;
    private final ListChangeListener<Window> windows;
    private final Map<KeyCombination, Runnable> saved = new HashMap<>();
    private final List<Stage> hiddenStages = new ArrayList<>();
    private Node focusBefore;
    private boolean showing;

    /**
     * @param layers the scene's root, over which the lock screen is drawn
     * @param main   the main window's content, hidden while locked
     */
    public SessionLock(IdleLock idle, Scene scene, StackPane layers, Node main, LockViewModel vm, LockView view) {
        this.idle = idle;
        this.scene = scene;
        this.layers = layers;
        this.main = main;
        this.view = view;
        vm.setOnUnlocked(this::unlocked);
        this.activity = e -> idle.touch();
        this.poll = new Timeline(new KeyFrame(POLL, e -> check()));
        poll.setCycleCount(Timeline.INDEFINITE);
        this.windows = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
                change.getRemoved().forEach(this::unwatch);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private void watch(Window w) {
        for (EventType<?> t : ACTIVITY) {
            w.addEventFilter((EventType<Event>) t, activity);
        }
    }

    @SuppressWarnings("unchecked")
    private void unwatch(Window w) {
        for (EventType<?> t : ACTIVITY) {
            w.removeEventFilter((EventType<Event>) t, activity);
        }
    }

    /** Watches for activity, puts {@link #LOCK} on the scene and starts checking the idle time. */
    public void start() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(windows);
        // Not while the accelerator is dispatched: showing the lock replaces the scene's shortcuts.
        scene.getAccelerators().put(LOCK, () -> {
            idle.lock();
            Platform.runLater(this::check);
        });
        poll.play();
    }

    /** Shows the lock screen if the session should be locked (the idle time passed, or the shortcut). */
    void check() {
        if (idle.check() && !showing) {
            show();
        }
    }

    public boolean locked() {
        return showing;
    }

    private void show() {
        showing = true;
        focusBefore = scene.getFocusOwner();
        saved.clear();
        saved.putAll(scene.getAccelerators());
        scene.getAccelerators().clear();
        main.setVisible(false);
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w == scene.getWindow() || !w.isShowing()) {
                continue;
            }
            if (w instanceof PopupWindow) {
                w.hide();
            } else if (w instanceof Stage s && !(s.getScene() != null && s.getScene().getRoot() instanceof DialogPane)) {
                hiddenStages.add(s);
                s.hide();
            }
        }
        layers.getChildren().add(view.node());
        view.activate();
    }

    private void unlocked() {
        idle.unlocked();
        if (!showing) {
            return;
        }
        showing = false;
        view.deactivate();
        layers.getChildren().remove(view.node());
        main.setVisible(true);
        scene.getAccelerators().putAll(saved);
        saved.clear();
        hiddenStages.forEach(Stage::show);
        hiddenStages.clear();
        if (focusBefore != null && focusBefore.getScene() == scene) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }

    /** Log-out or quit: stops checking and watching, and leaves the window as it was. */
    public void stop() {
        poll.stop();
        Window.getWindows().removeListener(windows);
        Window.getWindows().forEach(this::unwatch);
        scene.getAccelerators().remove(LOCK);
        if (showing) {
            showing = false;
            layers.getChildren().remove(view.node());
            main.setVisible(true);
            saved.clear();
            hiddenStages.clear();
        }
    }
}
