package cat.teixit.app;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why the window could not open, told from JavaFX's failure and the environment: no graphical display, a
 * system library the window needs is missing (and the Debian/Ubuntu packages that bring it), or something
 * else. A pure function of its inputs. Immutable.
 *
 * @param library  the missing library's file name (only for {@link Kind#MISSING_LIBRARY})
 * @param packages the packages to install, separated by spaces (only for {@link Kind#MISSING_LIBRARY})
 */
public record WindowFailure(Kind kind, String library, String packages) {

    /** The kinds of failure the user is told apart. */
    public enum Kind {
        /** No display variable, or the display cannot be opened. */
        NO_DISPLAY,
        /** The display is there but a system library of the window (GTK 3, libXtst) is not. */
        MISSING_LIBRARY,
        /** Anything else: see the log. */
        OTHER
    }

    /** JavaFX 26 ({@code GtkApplication}): the X display could not be opened. */
    static final String FX_NO_DISPLAY = "Unable to open DISPLAY";
    /** JavaFX 26 ({@code GtkApplication}): the display opened but GTK 3 ({@code libgtk-3.so.0}) did not load. */
    static final String FX_NO_GTK = "Unable to load glass GTK library";
    /** The dynamic loader's words for a library not found, as {@code System.load} reports them. */
    private static final Pattern MISSING_SO = Pattern.compile(
            "([A-Za-z0-9_.+-]+\\.so(?:\\.[0-9]+)*): cannot open shared object file");
    private static final String GTK_PACKAGES = "libgtk-3-0 libxtst6";

    /**
     * The diagnosis of {@code failure} (thrown by JavaFX's start-up) on the system {@code osName} (the
     * {@code os.name} property) with the environment variables {@code env}.
     */
    public static WindowFailure of(Throwable failure, String osName, Map<String, String> env) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains(FX_NO_GTK)) {
                return missing("libgtk-3.so.0", GTK_PACKAGES);
            }
            Matcher m = MISSING_SO.matcher(message);
            if (t instanceof UnsatisfiedLinkError && m.find()) {
                return missing(m.group(1), packageOf(m.group(1)));
            }
            if (message.contains(FX_NO_DISPLAY)) {
                return new WindowFailure(Kind.NO_DISPLAY, null, null);
            }
        }
        boolean x11OrWayland = !osName.toLowerCase(Locale.ROOT).startsWith("windows")
                && !osName.toLowerCase(Locale.ROOT).startsWith("mac");
        boolean displayNamed = !blank(env.get("DISPLAY")) || !blank(env.get("WAYLAND_DISPLAY"));
        return new WindowFailure(x11OrWayland && !displayNamed ? Kind.NO_DISPLAY : Kind.OTHER, null, null);
    }

    private static WindowFailure missing(String library, String packages) {
        return new WindowFailure(Kind.MISSING_LIBRARY, library, packages);
    }

    /** The Debian/Ubuntu package of a library of the window; the window's whole set when not known. */
    private static String packageOf(String library) {
        if (library.startsWith("libgtk-3.") || library.startsWith("libgdk-3.")) {
            return "libgtk-3-0";
        }
        if (library.startsWith("libXtst.")) {
            return "libxtst6";
        }
        return GTK_PACKAGES;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
