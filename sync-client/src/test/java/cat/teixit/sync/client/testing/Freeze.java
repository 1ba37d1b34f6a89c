package cat.teixit.sync.client.testing;

import java.io.PrintStream;

/** For programs a kill -9 test runs: say where they stopped, then wait there for the kill. */
public final class Freeze {

    private Freeze() {
    }

    /** Prints {@code REACHED <label>} on {@code out} and freezes (a minute at most, then halts with status 99). */
    public static void at(PrintStream out, String label) {
        out.println("REACHED " + label);
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(99);
    }
}
