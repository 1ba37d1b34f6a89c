package cat.teixit.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A hidden benchmark sub-command on the data directory the command line names (a store made by {@code teixit
 * generate}): it prints {@code BENCH} lines on standard output and explanations on standard error.
 */
abstract class StoreBenchCommand implements Callable<Integer> {

    private final Supplier<Path> dataDir;

    @Spec
    CommandSpec spec;

    /** @param dataDir the data directory the command line names (read when the command runs) */
    StoreBenchCommand(Supplier<Path> dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public final Integer call() throws Exception {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr(), dataDir.get());
    }

    /** The benchmark on the store in {@code dir}; returns the exit code. */
    protected abstract int run(PrintWriter out, PrintWriter err, Path dir) throws Exception;
}
