package cat.teixit.gui.documents;

import cat.teixit.logic.signature.CapturedSignature;
import cat.teixit.logic.signature.SignerRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import lombok.RequiredArgsConstructor;

/**
 * The signature pad's state: the strokes being drawn (points with their time since the capture began
 * and the pen's pressure where the platform gives one), clear, accept and cancel. Accepting hands the
 * strokes over once; cancelling keeps nothing. Holds biometric data: never logged. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class SignaturePadViewModel {

    /** One sample of the pen: canvas position, milliseconds since the capture began, pressure 0..1 or null. */
    public record PadPoint(double x, double y, long t, Double pressure) {
    }

    /** What was signed: the strokes on a canvas of the given size, and when the capture began. */
    public record Capture(double width, double height, Instant startedAt, List<List<PadPoint>> strokes) {

        /** The capture as the signature slice takes it, for {@code signer} in {@code role}. */
        public CapturedSignature toSignature(String signer, SignerRole role) {
            return new CapturedSignature(signer, role, startedAt, width, height, strokes.stream()
                    .map(s -> s.stream().map(p -> new CapturedSignature.Point(p.x(), p.y(), p.t(), p.pressure())).toList())
                    .toList());
        }
    }

    /** Fewer points than this is a tap, not a signature. */
    static final int MIN_POINTS = 10;

    private final Clock clock;
    /** Gets the capture when the signer accepts. */
    private final Consumer<Capture> onAccept;
    /** Runs when the signer cancels (nothing is kept) */
    private final Runnable onCancel;
    private final List<List<PadPoint>> strokes = new ArrayList<>();
    /** How many points have been drawn. */
    public final IntegerProperty points = new SimpleIntegerProperty();
    /** True once there is more than a tap on the pad. */
    public final BooleanBinding canAccept = Bindings.createBooleanBinding(() -> points.get() >= MIN_POINTS, points);
    private List<PadPoint> current;
    private Instant startedAt;
    private long startedNanos;
    private boolean done;

    /** The pen touches the pad at ({@code x}, {@code y}); {@code nanos} is the event's {@link System#nanoTime()}. */
    public void penDown(double x, double y, Double pressure, long nanos) {
        if (done) {
            return;
        }
        if (startedAt == null) {
            startedAt = clock.instant();
            startedNanos = nanos;
        }
        current = new ArrayList<>();
        strokes.add(current);
        add(x, y, pressure, nanos);
    }

    /** The pen moves while touching. */
    public void penMove(double x, double y, Double pressure, long nanos) {
        if (current != null && !done) {
            add(x, y, pressure, nanos);
        }
    }

    /** The pen lifts: the stroke ends. */
    public void penUp() {
        current = null;
    }

    private void add(double x, double y, Double pressure, long nanos) {
        long t = Math.max(0, (nanos - startedNanos) / 1_000_000);
        current.add(new PadPoint(x, y, t, pressure));
        points.set(points.get() + 1);
    }

    /** Starts again: every stroke goes. */
    public void clear() {
        strokes.clear();
        current = null;
        startedAt = null;
        points.set(0);
    }

    /** The strokes so far (to redraw them). */
    public List<List<PadPoint>> strokes() {
        return strokes;
    }

    /** The signer accepts: the capture goes to whoever asked for it, once. */
    public void accept(double width, double height) {
        if (done || !canAccept.get()) {
            return;
        }
        done = true;
        List<List<PadPoint>> copy = strokes.stream().filter(s -> !s.isEmpty()).map(List::copyOf).toList();
        onAccept.accept(new Capture(width, height, startedAt, copy));
    }

    /** The signer cancels (Escape): nothing is kept. */
    public void cancel() {
        if (done) {
            return;
        }
        done = true;
        clear();
        onCancel.run();
    }
}
