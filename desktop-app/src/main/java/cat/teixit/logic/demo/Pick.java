package cat.teixit.logic.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Weighted choice from a fixed list, for synthetic data: either explicit weights or the first
 * items more frequent than the last (as with surnames, where a few are very common). Immutable,
 * thread-safe; the randomness comes from the caller's generator.
 */
final class Pick<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Pick(List<T> items, double[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("one weight per item, at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** Every item equally likely. */
    static <T> Pick<T> uniform(List<T> items) {
        double[] w = new double[items.size()];
        java.util.Arrays.fill(w, 1);
        return new Pick<>(items, w);
    }

    /** The i-th item has weight 1 / (i + 1)^skew: a long tail behind a few frequent ones. */
    static <T> Pick<T> zipf(List<T> items, double skew) {
        double[] w = new double[items.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 / Math.pow(i + 1, skew);
        }
        return new Pick<>(items, w);
    }

    /** Items with their weights, alternating: {@code weighted("a", 3, "b", 1)}. */
    @SuppressWarnings("unchecked")
    static <T> Pick<T> weighted(Object... itemsAndWeights) {
        int n = itemsAndWeights.length / 2;
        List<T> items = new java.util.ArrayList<>(n);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            items.add((T) itemsAndWeights[2 * i]);
            w[i] = ((Number) itemsAndWeights[2 * i + 1]).doubleValue();
        }
        return new Pick<>(items, w);
    }

    T next(SplittableRandom r) {
        double x = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return items.get(lo);
    }

    List<T> items() {
        return items;
    }
}
