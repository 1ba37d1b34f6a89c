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

    /**
     * The demo team lead of a generated store, granted every team's scope read only (as an area's lead would be);
     * null, said on {@code err}, when the store was not made by {@code teixit generate}.
     */
    /** The user name of the demo team lead (who opens a generated store for the area benchmarks). */
    static String areaLeadName() {
        return cat.teixit.logic.demo.DemoSeeder.USERS.stream()
                .filter(u -> u.roles().contains(cat.teixit.model.user.Role.TEAM_LEAD)).findFirst().orElseThrow().username();
    }

    static cat.teixit.logic.auth.CurrentUser areaLead(cat.teixit.app.Workstation w, Path dir, PrintWriter err)
            throws java.sql.SQLException {
        java.util.List<String> scopes;
        try (java.sql.Connection c = w.readOnlyConnectionForBenchmark()) {
            scopes = cat.teixit.persistence.BenchQueries.teamScopes(c);
        }
        String lead = areaLeadName();
        if (!(w.auth().login(lead, cat.teixit.logic.demo.DemoSeeder.DEMO_PASSWORD.toCharArray())
                instanceof cat.teixit.logic.auth.LoginResult.Success s)) {
            err.println("The demo team lead cannot log in here: is this a store made by teixit generate?");
            return null;
        }
        cat.teixit.logic.auth.CurrentUser u = s.user();
        java.util.Map<String, Boolean> grants = new java.util.HashMap<>();
        scopes.forEach(sc -> grants.put(sc, false));
        return new cat.teixit.logic.auth.CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.teamId(),
                u.teamName(), u.areaName(), u.scope(), grants);
    }

    /** The benchmark on the store in {@code dir}; returns the exit code. */
    protected abstract int run(PrintWriter out, PrintWriter err, Path dir) throws Exception;
}
