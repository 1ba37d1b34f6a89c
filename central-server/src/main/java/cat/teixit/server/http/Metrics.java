package cat.teixit.server.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Request counters and latency histograms of this instance, rendered as plain text in the Prometheus
 * exposition format. Thread-safe.
 */
public final class Metrics {

    private static final long[] BUCKETS_MS = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    private static final class Series {
        final AtomicLongArray buckets = new AtomicLongArray(BUCKETS_MS.length + 1);
        final AtomicLong count = new AtomicLong();
        final AtomicLong sumMicros = new AtomicLong();
    }

    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Series> latency = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public void request(String method, String endpoint, int status, long nanos) {
        String key = "method=\"" + method + "\",endpoint=\"" + endpoint + "\"";
        requests.computeIfAbsent(key + ",status=\"" + status + "\"", k -> new AtomicLong()).incrementAndGet();
        Series s = latency.computeIfAbsent(key, k -> new Series());
        long ms = nanos / 1_000_000;
        int i = 0;
        while (i < BUCKETS_MS.length && ms > BUCKETS_MS[i]) {
            i++;
        }
        s.buckets.incrementAndGet(i);
        s.count.incrementAndGet();
        s.sumMicros.addAndGet(nanos / 1000);
    }

    /** Adds to a named counter (ops applied, records served, ...). */
    public void add(String counter, long n) {
        counters.computeIfAbsent(counter, k -> new AtomicLong()).addAndGet(n);
    }

    public String render() {
        StringBuilder b = new StringBuilder();
        b.append("# TYPE teixit_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> b.append("teixit_requests_total{").append(k).append("} ")
                .append(v.get()).append('\n'));
        b.append("# TYPE teixit_request_seconds histogram\n");
        new TreeMap<>(latency).forEach((k, s) -> {
            long cumulative = 0;
            for (int i = 0; i <= BUCKETS_MS.length; i++) {
                cumulative += s.buckets.get(i);
                String le = i < BUCKETS_MS.length ? Double.toString(BUCKETS_MS[i] / 1000.0) : "+Inf";
                b.append("teixit_request_seconds_bucket{").append(k).append(",le=\"").append(le).append("\"} ")
                        .append(cumulative).append('\n');
            }
            b.append("teixit_request_seconds_sum{").append(k).append("} ").append(s.sumMicros.get() / 1e6).append('\n');
            b.append("teixit_request_seconds_count{").append(k).append("} ").append(s.count.get()).append('\n');
        });
        new TreeMap<>(counters).forEach((k, v) -> b.append("# TYPE teixit_").append(k).append("_total counter\n")
                .append("teixit_").append(k).append("_total ").append(v.get()).append('\n'));
        return b.toString();
    }
}
