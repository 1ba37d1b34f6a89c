package cat.teixit.persistence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system-wide settings file the IT department manages ({@code teixit.properties}): defaults for every user
 * of the computer, and keys it locks. Read only: Teixit never writes it. Where it is:
 * <ul>
 *   <li>Linux and other Unix: {@code /etc/teixit/teixit.properties}</li>
 *   <li>Windows: {@code %ProgramData%\Teixit\teixit.properties}</li>
 *   <li>macOS: {@code /Library/Application Support/Teixit/teixit.properties}</li>
 * </ul>
 * The system property {@value #OVERRIDE} (or the command line's {@code --managed-settings FILE}) names another
 * file: tests never read the real one. Thread-safe (immutable).
 */
public final class ManagedSettingsFile {

    /** System property naming the file instead of the system's location. */
    public static final String OVERRIDE = "teixit.managedSettings";
    public static final String FILE_NAME = "teixit.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ManagedSettingsFile.class);

    private final Path file;

    public ManagedSettingsFile(Path file) {
        this.file = file;
    }

    /** The file of this computer: {@value #OVERRIDE} if set, else the system's location. */
    public static ManagedSettingsFile system() {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            return new ManagedSettingsFile(Path.of(override.strip()));
        }
        return new ManagedSettingsFile(location(System.getProperty("os.name", ""), System.getenv()));
    }

    /** Where the system-wide file is on the system named {@code osName}, with {@code env} its environment. */
    public static Path location(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programData = env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData"));
            return Path.of(programData, "Teixit", FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of("/Library", "Application Support", "Teixit", FILE_NAME);
        }
        return Path.of("/etc", "teixit", FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** The managed settings; empty when there is no file (nothing managed). An unreadable file is logged and ignored. */
    public Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                LOG.debug("Managed settings read from {} ({} keys)", file, p.size());
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Managed settings file {} unreadable, ignored: {}", file, e.getMessage());
            }
        }
        return p;
    }
}
