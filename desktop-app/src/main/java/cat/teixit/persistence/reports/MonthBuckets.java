package cat.teixit.persistence.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The months the report summaries count interventions by ({@code V28__report_summaries}: tables
 * {@code report_intervention_month} and {@code report_case_year}), computed here exactly as the store's triggers compute
 * them: an instant's month (yyyymm) is that of the instant at UTC+2 when that falls in April to October, else at UTC+1.
 * That is Catalonia's calendar month wherever Europe/Madrid's midnight starts the month (every month since 1996), but a
 * figure does not depend on it: a period is split into the whole months lying inside it, read from the summaries, and
 * what is left (an hour at a summer month's edge, the days of a custom span), read from the interventions themselves
 * (decision 0055). Stateless.
 */
final class MonthBuckets {

    /** A period split: the whole months {@code first} to {@code last} (yyyymm; none when 0) and the ranges left, [from, to) in ms. */
    record Split(int first, int last, List<long[]> rest) {

        boolean hasMonths() {
            return first != 0;
        }

        /** The years the months span. */
        int firstYear() {
            return first / 100;
        }

        int lastYear() {
            return last / 100;
        }

        /** The bits (bit m - 1 for month m) of the months of {@code year} in the split. */
        long monthsOf(int year) {
            int from = year == firstYear() ? first % 100 : 1;
            int to = year == lastYear() ? last % 100 : 12;
            long bits = 0;
            for (int m = from; m <= to; m++) {
                bits |= 1L << (m - 1);
            }
            return bits;
        }
    }

    private MonthBuckets() {
    }

    /** The month (yyyymm) the triggers count the instant {@code ms} in (seconds truncated as SQLite's integer division). */
    static int of(long ms) {
        long s = ms / 1000;
        int summer = LocalDateTime.ofEpochSecond(s + 7200, 0, ZoneOffset.UTC).getMonthValue();
        LocalDateTime t = LocalDateTime.ofEpochSecond(s + (summer >= 4 && summer <= 10 ? 7200 : 3600), 0, ZoneOffset.UTC);
        return t.getYear() * 100 + t.getMonthValue();
    }

    /** The first instant (ms) of month {@code yyyymm}. */
    static long start(int yyyymm) {
        int m = yyyymm % 100;
        long midnight = LocalDate.of(yyyymm / 100, m, 1).toEpochDay() * 86_400L;
        return (midnight - (m >= 4 && m <= 10 ? 7200 : 3600)) * 1000;
    }

    static int next(int yyyymm) {
        return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
    }

    /** [fromMs, toMs) as the whole months inside it (none before 1970) and the ranges left. */
    static Split split(long fromMs, long toMs) {
        long lowest = Math.max(fromMs, 0);
        int first = of(lowest);
        if (start(first) < lowest) {
            first = next(first);
        }
        int last = 0;
        for (int m = first; start(next(m)) <= toMs; m = next(m)) {
            last = m;
        }
        List<long[]> rest = new ArrayList<>();
        if (last == 0) {
            if (fromMs < toMs) {
                rest.add(new long[] {fromMs, toMs});
            }
            return new Split(0, 0, rest);
        }
        if (fromMs < start(first)) {
            rest.add(new long[] {fromMs, start(first)});
        }
        if (start(next(last)) < toMs) {
            rest.add(new long[] {start(next(last)), toMs});
        }
        return new Split(first, last, rest);
    }
}
