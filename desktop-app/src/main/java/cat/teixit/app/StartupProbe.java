package cat.teixit.app;

import cat.teixit.gui.login.LoginViewModel;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/** Hooks for the start-up benchmark: told when each screen is ready to use. */
public interface StartupProbe {

    StartupProbe NONE = new StartupProbe() {
    };

    default void loginReady(LoginViewModel vm) {
    }

    /** The main window is drawn and usable; {@code scene} is what a user sees and types into. */
    default void mainReady(Scene scene) {
    }

    /** Runs {@code action} once the next frame has been drawn: the screen is then really usable. */
    static void afterNextFrame(Runnable action) {
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
}
