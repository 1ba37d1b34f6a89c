package cat.teixit.logic.signature;

import cat.teixit.logic.signature.CapturedSignature.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A drawn signature made up, not captured: for checking an installation ({@code teixit self-test}) and for
 * benchmarks and tests, never for a real document.
 */
public final class SampleSignature {

    private SampleSignature() {
    }

    /** A signature of two strokes of 120 points each, at a pen's 250 points a second, some with pressure. */
    public static CapturedSignature of(String name, SignerRole role) {
        List<List<Point>> strokes = new ArrayList<>();
        long t = 0;
        for (int s = 0; s < 2; s++) {
            List<Point> stroke = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                double x = 60 + s * 380 + i * 3;
                double y = 170 + 60 * Math.sin(i / 9.0 + s);
                stroke.add(new Point(x, y, t, i % 3 == 0 ? null : 0.3 + (i % 50) / 100.0));
                t += 4;
            }
            strokes.add(stroke);
            t += 300;
        }
        return new CapturedSignature(name, role, Instant.parse("2026-12-04T10:15:00Z"), 960, 340, strokes);
    }
}
