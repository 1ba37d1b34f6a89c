package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.StartupProbe;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.demo.DemoSeeder;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;


/**
 * GUI benchmark on a real store: logs in as laia, opens N of her case files in tabs, types
 * searches into the header box while watching the frames, then prints the heap after a GC and
 * the longest gap between frames (a stalled UI shows as a long gap) and quits.
 */
public final class CaseFilesBenchProbe implements StartupProbe {

    private static final String[] QUERIES = {"nuria pages", "garcia", "marti", "pages nuria", "12345678z", "col·lell",
        "el amrani", "puig ferrer"};

    private final int count;
    private final AtomicLong lastFrame = new AtomicLong();
    private final AtomicLong maxGapNanos = new AtomicLong();
    private long typingStart;

    public CaseFilesBenchProbe(int count) {
        this.count = count;
    }

    @Override
    public void loginReady(LoginViewModel vm) {
        vm.username.set(DemoSeeder.USERS.getFirst().username());
        vm.password.set(DemoSeeder.DEMO_PASSWORD);
        vm.submit();
    }

    /**
     * Drives the window as a user would: the Case files area, then its list of my case files, Enter on
     * each of the first ones (each opens in a tab).
     */
    @Override
    public void mainReady(Scene scene) {
        ((Button) scene.lookup("#nav-casefiles")).fire();
        @SuppressWarnings("unchecked")
        ListView<CaseFileService.CaseFileSummary> mine = (ListView<CaseFileService.CaseFileSummary>) scene
                .lookup("#casefiles-mine");
        waitFor(() -> !mine.getItems().isEmpty(), () -> open(scene, mine));
    }

    private void open(Scene scene, ListView<CaseFileService.CaseFileSummary> mine) {
        int opened = Math.min(count, mine.getItems().size());
        long start = System.nanoTime();
        for (int i = 0; i < opened; i++) {
            mine.getSelectionModel().select(i);
            mine.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        }
        // Let every tab load its header and history, then measure.
        Timeline wait = new Timeline(new KeyFrame(Duration.seconds(8), e -> afterOpening(scene, opened, start)));
        wait.play();
    }

    /** Runs {@code then} once {@code ready} holds (checked every 100 ms, 60 s at most). */
    private static void waitFor(java.util.function.BooleanSupplier ready, Runnable then) {
        Timeline poll = new Timeline();
        long deadline = System.nanoTime() + 60_000_000_000L;
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            if (ready.getAsBoolean()) {
                poll.stop();
                then.run();
            } else if (System.nanoTime() > deadline) {
                System.err.println("bench failed: my case files never showed");
                Runtime.getRuntime().halt(ExitCodes.FAILURE);
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void afterOpening(Scene scene, int opened, long start) {
        TextField search = (TextField) scene.lookup("#search-field");
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        BenchOutput.OUT.printf("BENCH casefile open_tabs %d tabs%n", opened);
        BenchOutput.OUT.printf("BENCH casefile heap_after_open_tabs_mb %d MB%n", used / (1024 * 1024));
        typingStart = System.nanoTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                long last = lastFrame.getAndSet(now);
                // The forced GC above pauses everything once: measure from the first keystroke on.
                if (last != 0 && now - typingStart > 1_000_000_000L) {
                    maxGapNanos.accumulateAndGet(now - last, Math::max);
                    if (now - last > 50_000_000L && System.getenv("TEIXIT_BENCH_VERBOSE") != null) {
                        System.err.printf("frame gap %d ms at %d ms%n", (now - last) / 1_000_000,
                                (now - typingStart) / 1_000_000);
                    }
                }
            }
        }.start();
        Timeline typing = new Timeline();
        int step = 0;
        for (String q : QUERIES) {
            for (int i = 1; i <= q.length(); i++) {
                String prefix = q.substring(0, i);
                typing.getKeyFrames().add(new KeyFrame(Duration.millis(1000 + 80.0 * step++),
                        e -> search.setText(prefix)));
            }
        }
        typing.getKeyFrames().add(new KeyFrame(Duration.millis(1000 + 80.0 * step + 1500), e -> {
            BenchOutput.OUT.printf("BENCH casefile ui_typing_max_frame_gap_ms %d ms%n", maxGapNanos.get() / 1_000_000);
            BenchOutput.OUT.flush();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }));
        typing.play();
    }
}
