package cat.teixit.bench;

import cat.teixit.app.ExitCodes;
import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.persistence.InstanceLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * A store benchmark run as the generated area's demo team lead, granted every team's scope read only (see
 * {@link StoreBenchCommand#areaLead}): the workstation is opened, the lead logged in, then {@link #measure} runs.
 */
abstract class AreaBenchCommand extends StoreBenchCommand {

    /** How many measured runs each timing is the median of. */
    @Option(names = "--runs", description = "Measured runs (default ${DEFAULT-VALUE}).")
    int runs;

    /**
     * @param dataDir the data directory the command line names (read when the command runs)
     * @param runs the measured runs without {@code --runs}
     */
    AreaBenchCommand(Supplier<Path> dataDir, int runs) {
        super(dataDir);
        this.runs = runs;
    }

    @Override
    protected final int run(PrintWriter out, PrintWriter err, Path dir) throws Exception {
        try (Workstation w = Workstation.openAs(dir, InstanceLock.acquire(dir), areaLeadName(),
                cat.teixit.logic.demo.DemoSeeder.DEMO_PASSWORD.toCharArray())) {
            CurrentUser area = areaLead(w, dir, err);
            return area == null ? ExitCodes.USAGE : measure(out, err, dir, w, area);
        }
    }

    /** The benchmark on the open workstation {@code w} as {@code area}, the lead who sees every team. */
    protected abstract int measure(PrintWriter out, PrintWriter err, Path dir, Workstation w, CurrentUser area)
            throws Exception;
}
