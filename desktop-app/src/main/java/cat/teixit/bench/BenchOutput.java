package cat.teixit.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the benchmark programs write their {@code BENCH <name> <metric> <value> <unit>} lines: standard output, which
 * {@code bench/run} reads, as UTF-8 and flushed at each line. The one place they reach it; their notes go to the log.
 */
final class BenchOutput {

    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private BenchOutput() {
    }
}
