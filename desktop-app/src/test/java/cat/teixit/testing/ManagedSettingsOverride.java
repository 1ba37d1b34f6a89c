package cat.teixit.testing;

import cat.teixit.persistence.ManagedSettingsFile;
import java.nio.file.Path;

/** Points the managed settings at a test's own file until closed, then puts back what was there. Not thread-safe. */
public final class ManagedSettingsOverride implements AutoCloseable {

    private final String previous = System.getProperty(ManagedSettingsFile.OVERRIDE);

    /** Reads the managed settings from {@code file} from now on. */
    public ManagedSettingsOverride(Path file) {
        System.setProperty(ManagedSettingsFile.OVERRIDE, file.toString());
    }

    /** Only remembers the current file (a command-line option sets another). */
    public ManagedSettingsOverride() {
    }

    @Override
    public void close() {
        if (previous != null) {
            System.setProperty(ManagedSettingsFile.OVERRIDE, previous);
        } else {
            System.clearProperty(ManagedSettingsFile.OVERRIDE);
        }
    }
}
