package cat.teixit.bench;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.documents.SignaturePadView;
import cat.teixit.gui.documents.SignaturePadViewModel;
import cat.teixit.logic.settings.Language;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * {@code signature point_latency_ms}: the signature pad's own window, fed a signature of 3,000 pen points at
 * 250 points a second (a pen's rate), each as a mouse event dispatched to the signing area on the FX thread.
 * Per point it measures the handler (capture and drawing, {@code point_handler_ms}) and the time from the
 * event to the end of the next pulse's layout, after which that frame is rendered ({@code point_latency_ms}):
 * 16 ms or less means the line follows the pen within one frame at 60 Hz. Prints {@code BENCH} lines.
 */
public final class SignaturePadBench {

    private static final int POINTS = 3000;
    private static final PrintStream OUT = BenchOutput.OUT;

    private SignaturePadBench() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long[] handler = new long[POINTS];
        long[] toFrame = new long[POINTS];
        long[] dispatched = new long[POINTS];
        List<Integer> waiting = new ArrayList<>();
        int[] n = {0};
        Node[] canvas = new Node[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            SignaturePadViewModel vm = new SignaturePadViewModel(Clock.systemUTC(), c -> { }, () -> { });
            SignaturePadView pad = new SignaturePadView(vm, new I18n(Language.CATALAN), null, "Acord del pla d'intervenció",
                    "Núria Pagès Muñoz", "04/12/2026", nanos -> handler[n[0]] = nanos);
            pad.show();
            canvas[0] = pad.stage().getScene().lookup("#signature-canvas");
            pad.stage().getScene().addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                for (int i : waiting) {
                    toFrame[i] = now - dispatched[i];
                }
                waiting.clear();
            });
            shown.countDown();
        });
        shown.await();
        ScheduledExecutorService pen = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(POINTS);
        for (int i = 0; i < POINTS; i++) {
            int k = i;
            pen.schedule(() -> Platform.runLater(() -> {
                n[0] = k;
                dispatched[k] = System.nanoTime();
                Event.fireEvent(canvas[0], event(k));
                waiting.add(k);
                done.countDown();
            }), 500 + i * 4L, TimeUnit.MILLISECONDS);
        }
        done.await();
        Thread.sleep(200);
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await();
        pen.shutdown();
        // The first 250 points warm the JIT up; the figures are of the rest.
        long[] h = Arrays.copyOfRange(handler, 250, POINTS);
        long[] f = Arrays.copyOfRange(toFrame, 250, POINTS);
        Arrays.sort(h);
        Arrays.sort(f);
        OUT.printf(Locale.ROOT, "BENCH signature point_handler_ms %.3f ms%n", ms(h[(int) (h.length * 0.99)]));
        OUT.printf(Locale.ROOT, "BENCH signature point_latency_ms %.1f ms%n", ms(f[(int) (f.length * 0.99)]));
        OUT.printf(Locale.ROOT, "BENCH signature point_latency_max_ms %.1f ms%n", ms(f[f.length - 1]));
        Platform.exit();
        System.exit(0);
    }

    /** The k-th point of a looping signature, pressed at its start and every 300 points after a lift. */
    private static MouseEvent event(int k) {
        double t = k / 40.0;
        double x = 60 + (k % 300) * 2.8 + 25 * Math.sin(t * 3);
        double y = 170 + 90 * Math.sin(t) * Math.cos(t * 0.7);
        boolean down = k % 300 == 0;
        return new MouseEvent(down ? MouseEvent.MOUSE_PRESSED : MouseEvent.MOUSE_DRAGGED, x, y, x, y,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
