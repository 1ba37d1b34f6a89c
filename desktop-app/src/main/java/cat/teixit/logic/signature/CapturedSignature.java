package cat.teixit.logic.signature;

import java.time.Instant;
import java.util.List;

/**
 * A handwritten signature as the pad captured it: who signed and in which role, when the capture began,
 * the pad's size and the strokes, each a list of points. Biometric data: never logged. Immutable.
 *
 * @param signer     the signer's name as shown on the pad
 * @param role       the signer's role
 * @param capturedAt when the capture began
 * @param width      the pad's width, in the units of the points
 * @param height     the pad's height
 * @param strokes    pen down to pen up, each with at least one point
 */
public record CapturedSignature(String signer, SignerRole role, Instant capturedAt, double width, double height,
        List<List<Point>> strokes) {

    /** Longest signer name accepted. */
    public static final int MAX_NAME = 200;
    /** Most points accepted (a long signature at a pen's 250 points a second for two minutes). */
    public static final int MAX_POINTS = 30_000;

    /**
     * One sample of the pen.
     *
     * @param x        from the pad's left edge
     * @param y        from the pad's top edge
     * @param t        milliseconds since the capture began
     * @param pressure 0..1, or null where the platform gives none
     */
    public record Point(double x, double y, long t, Double pressure) {
    }

    public CapturedSignature {
        if (signer == null || signer.isBlank() || signer.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("signer name empty or longer than " + MAX_NAME);
        }
        signer = signer.strip();
        if (role == null || capturedAt == null) {
            throw new IllegalArgumentException("role and capture time are required");
        }
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("pad size must be positive");
        }
        if (strokes == null || strokes.isEmpty()) {
            throw new IllegalArgumentException("no strokes");
        }
        int points = 0;
        for (List<Point> s : strokes) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("empty stroke");
            }
            for (Point p : s) {
                if (p == null || !(p.x() >= 0 && p.x() <= width && p.y() >= 0 && p.y() <= height) || p.t() < 0
                        || (p.pressure() != null && !(p.pressure() >= 0 && p.pressure() <= 1))) {
                    throw new IllegalArgumentException("point outside the pad, before the capture or with a bad pressure");
                }
            }
            points += s.size();
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("a signature has 2 to " + MAX_POINTS + " points");
        }
        strokes = strokes.stream().map(List::copyOf).toList();
    }

    /** How many points in all strokes. */
    public int pointCount() {
        return strokes.stream().mapToInt(List::size).sum();
    }

    @Override
    public String toString() {
        return "CapturedSignature[" + role + ", " + pointCount() + " points]";
    }
}
