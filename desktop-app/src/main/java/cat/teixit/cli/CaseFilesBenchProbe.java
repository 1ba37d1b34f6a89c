package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.GuiApplication;
import cat.teixit.gui.login.LoginViewModel;
import cat.teixit.logic.casefile.CaseFileService;
import cat.teixit.logic.demo.DemoSeeder;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * GUI benchmark on a real store: logs in as laia, opens N of her case files in tabs, types
 * searches into the header box while watching the frames, then prints the heap after a GC and
 * the longest gap between frames (a stalled UI shows as a long gap) and quits.
 */
final class CaseFilesBenchProbe implements GuiApplication.StartupProbe {

    private static final String[] QUERIES = {"nuria pages", "garcia", "marti", "pages nuria", "12345678z", "col·lell",
        "el amrani", "puig ferrer"};

    private final int count;
    private final AtomicLong lastFrame = new AtomicLong();
    private final AtomicLong maxGapNanos = new AtomicLong();
    private long typingStart;

    CaseFilesBenchProbe(int count) {
        this.count = count;
    }

    @Override
    public void loginReady(LoginViewModel vm) {
        vm.usernameProperty().set(DemoSeeder.USERS.getFirst().username());
        vm.passwordProperty().set(DemoSeeder.DEMO_PASSWORD);
        vm.submit();
    }

    @Override
    public void mainReady(GuiApplication app) {
        var services = app.navigator().services();
        services.executor().run(() -> services.caseFiles().mine(services.user()), mine -> open(app, mine), e -> {
            System.err.println("bench failed: " + e);
            Runtime.getRuntime().halt(ExitCodes.FAILURE);
        });
    }

    private void open(GuiApplication app, List<CaseFileService.CaseFileSummary> mine) {
        List<CaseFileService.CaseFileSummary> chosen = mine.subList(0, Math.min(count, mine.size()));
        long start = System.nanoTime();
        chosen.forEach(c -> app.navigator().openCaseFile(c.id()));
        // Let every tab load its header and history, then measure.
        Timeline wait = new Timeline(new KeyFrame(Duration.seconds(8), e -> afterOpening(app, chosen.size(), start)));
        wait.play();
    }

    private void afterOpening(GuiApplication app, int opened, long start) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("BENCH casefile open_tabs %d tabs%n", opened);
        System.out.printf("BENCH casefile heap_after_open_tabs_mb %d MB%n", used / (1024 * 1024));
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
                        e -> app.searchModel().queryProperty().set(prefix)));
            }
        }
        typing.getKeyFrames().add(new KeyFrame(Duration.millis(1000 + 80.0 * step + 1500), e -> {
            System.out.printf("BENCH casefile ui_typing_max_frame_gap_ms %d ms%n", maxGapNanos.get() / 1_000_000);
            System.out.flush();
            Runtime.getRuntime().halt(ExitCodes.OK);
        }));
        typing.play();
    }
}
