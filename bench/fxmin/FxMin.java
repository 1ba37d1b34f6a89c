import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor a desktop app's start-up is compared with (bench/run installer): a JavaFX window with two fields and
 * a button, on the same runtime. Prints the time from process start to the window's second frame (as Teixit's
 * start-up probe does for its login window) and exits.
 */
public final class FxMin {

    private FxMin() {
    }

    /** A plain main (like Teixit's Launcher): a main class extending Application needs JavaFX as modules. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

    @Override
    public void start(Stage stage) {
        long processStart = ProcessHandle.current().info().startInstant()
                .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
        VBox box = new VBox(8, new TextField(), new PasswordField(), new Button("Entra"));
        box.setPadding(new Insets(24));
        stage.setScene(new Scene(box, 1280, 720));
        stage.setTitle("FxMin");
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    System.out.printf("BENCH installer fxmin_cold_start_ms %d ms%n",
                            System.currentTimeMillis() - processStart);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }.start();
    }

    }
}
