package cat.teixit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads, the JIT compiler's and the collector's included (which the management beans
 * do not list), read from Linux's {@code /proc/self/task}: what a measured step cost, thread group by thread group
 * ("C2 CompilerThread", "teixit-sync", the server's "qtp" handlers...). Elsewhere than Linux, nothing. Not
 * thread-safe.
 */
final class ThreadCpu {

    /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    private final Map<String, Long> start;
    private final long processStart;

    private ThreadCpu(Map<String, Long> start, long processStart) {
        this.start = start;
        this.processStart = processStart;
    }

    static ThreadCpu start() {
        return new ThreadCpu(snapshot(), process());
    }

    /** The CPU seconds each thread group used since {@link #start()}, largest first, those over 50 ms. */
    String since() {
        Map<String, Long> now = snapshot();
        Map<String, Long> used = new HashMap<>();
        now.forEach((group, ticks) -> used.merge(group, ticks - start.getOrDefault(group, 0L), Long::sum));
        long listed = used.entrySet().stream().filter(e -> !e.getKey().equals("postgres"))
                .mapToLong(Map.Entry::getValue).sum();
        // Threads that ended meanwhile (a sync's own helpers) count in the process's time only.
        used.merge("(ended threads)", process() - processStart - listed, Long::sum);
        return String.format("%.2f s in this JVM; by thread, and PostgreSQL's processes: ", (process() - processStart) / TICKS) + used.entrySet().stream()
                .filter(e -> e.getValue() >= 5)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / TICKS))
                .collect(Collectors.joining(", "));
    }

    /** Ticks of the whole process, ended threads included. */
    private static long process() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Ticks per thread group: a thread's name without its trailing number (threads gone meanwhile are lost); and
     * those of every PostgreSQL process of the machine (the central server's database, in a process of its own),
     * as "postgres".
     */
    private static Map<String, Long> snapshot() {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // A process's own time and that of its children it waited for (utime, stime, cutime, cstime).
                        ticks.merge("postgres", Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                + Long.parseLong(f[14]), Long::sum);
                    }
                } catch (IOException | RuntimeException e) {
                    // The process ended while being read.
                }
            });
        } catch (IOException e) {
            // No /proc: no PostgreSQL figure.
        }
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[-#\\s]*\\d+$", "").strip();
                    String[] f = stat.substring(close + 2).split(" ");
                    // After the name: state(0) ... utime(11) stime(12).
                    ticks.merge(name, Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // The thread ended while being read.
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }
}
