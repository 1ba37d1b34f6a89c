package cat.teixit.cli;


/**
 * The program's entry point (a plain main, not a JavaFX Application subclass): without a
 * sub-command it opens the workstation's window, with one it runs a headless job.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(RootCommand.execute(args));
    }
}
