package cat.teixit.logic.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Waiting-time figures of a list of days: the median and the 90th percentile by nearest rank. Stateless. */
final class Waiting {

    private Waiting() {
    }

    static Indicators.Waiting of(Indicators.Waiting.Group kind, String key, String label, List<Long> days) {
        if (days.isEmpty()) {
            return new Indicators.Waiting(kind, key, label, 0, null, null);
        }
        List<Long> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        return new Indicators.Waiting(kind, key, label, sorted.size(), median(sorted), (double) percentile(sorted, 90));
    }

    /** The middle value, or the mean of the two middle ones. */
    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The {@code p}th percentile by nearest rank: the smallest value with at least p% of the values at or below it. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
