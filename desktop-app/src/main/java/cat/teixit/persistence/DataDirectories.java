package cat.teixit.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Teixit keeps its data on each operating system when no --data-dir is given. Stateless. */
public final class DataDirectories {

    private DataDirectories() {
    }

    /** The user's data directory for {@code appName}: XDG on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public static Path defaultFor(String appName) {
        return defaultFor(appName, System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultFor(String appName, String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null && !appData.isBlank() ? Path.of(appData, appName)
                    : Path.of(home, "AppData", "Roaming", appName);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", appName);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, appName);
        }
        return Path.of(home, ".local", "share", appName);
    }
}
