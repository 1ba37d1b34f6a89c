package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Telling "no display" from "a library of the window is missing", on the exact texts JavaFX 26 and the
 * dynamic loader produce (read from {@code com.sun.glass.ui.gtk.GtkApplication} and seen under Xvfb without
 * GTK), and what the user reads then.
 */
class WindowFailureTest {

    private static final Map<String, String> X11 = Map.of("DISPLAY", ":99");
    private static final Map<String, String> NONE = Map.of();

    /** As JavaFX throws it from {@code Platform.startup}. */
    private static RuntimeException fx(String message) {
        return new UnsupportedOperationException(message);
    }

    private static UnsatisfiedLinkError notFound(String library) {
        return new UnsatisfiedLinkError("/home/u/.openjfx/cache/26.0.2/amd64/libglassgtk3.so: " + library
                + ": cannot open shared object file: No such file or directory");
    }

    @Test
    void withADisplayButNoGtkTheMissingLibraryAndItsPackagesAreNamed() {
        WindowFailure why = WindowFailure.of(fx("Unable to load glass GTK library."), "Linux", X11);
        assertThat(why).isEqualTo(new WindowFailure(WindowFailure.Kind.MISSING_LIBRARY, "libgtk-3.so.0",
                "libgtk-3-0 libxtst6"));
    }

    @Test
    void aLibraryTheLoaderCannotFindIsNamedWithItsPackage() {
        assertThat(WindowFailure.of(notFound("libXtst.so.6"), "Linux", X11))
                .isEqualTo(new WindowFailure(WindowFailure.Kind.MISSING_LIBRARY, "libXtst.so.6", "libxtst6"));
        assertThat(WindowFailure.of(new RuntimeException("startup", notFound("libgtk-3.so.0")), "Linux", X11))
                .as("found in the causes").isEqualTo(new WindowFailure(WindowFailure.Kind.MISSING_LIBRARY,
                        "libgtk-3.so.0", "libgtk-3-0"));
        assertThat(WindowFailure.of(notFound("libpangocairo-1.0.so.0"), "Linux", X11).packages())
                .as("not known: the window's packages").isEqualTo("libgtk-3-0 libxtst6");
    }

    @Test
    void aDisplayThatCannotBeOpenedIsNoDisplayWhetherOrNotItIsNamed() {
        assertThat(WindowFailure.of(fx("Unable to open DISPLAY"), "Linux", NONE).kind())
                .isEqualTo(WindowFailure.Kind.NO_DISPLAY);
        assertThat(WindowFailure.of(fx("Unable to open DISPLAY"), "Linux", X11).kind())
                .isEqualTo(WindowFailure.Kind.NO_DISPLAY);
    }

    @Test
    void anUnknownFailureIsNoDisplayOnlyWhereNoDisplayIsNamed() {
        RuntimeException other = new IllegalStateException("something else");
        assertThat(WindowFailure.of(other, "Linux", NONE).kind()).isEqualTo(WindowFailure.Kind.NO_DISPLAY);
        assertThat(WindowFailure.of(other, "Linux", Map.of("DISPLAY", " ")).kind())
                .isEqualTo(WindowFailure.Kind.NO_DISPLAY);
        assertThat(WindowFailure.of(other, "Linux", X11).kind()).isEqualTo(WindowFailure.Kind.OTHER);
        assertThat(WindowFailure.of(other, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).kind())
                .isEqualTo(WindowFailure.Kind.OTHER);
        assertThat(WindowFailure.of(other, "Windows 11", NONE).kind()).as("no DISPLAY there")
                .isEqualTo(WindowFailure.Kind.OTHER);
        assertThat(WindowFailure.of(new UnsatisfiedLinkError("no glassgtk3 in java.library.path"), "Linux", X11)
                .kind()).as("JavaFX's own library, not the system's").isEqualTo(WindowFailure.Kind.OTHER);
    }

    @Test
    void theUserReadsWhatToInstallInTheirLanguage() {
        WindowFailure gtk = WindowFailure.of(fx("Unable to load glass GTK library."), "Linux", X11);
        assertThat(GuiLauncher.explain(gtk, Language.CATALAN)).contains("falta la biblioteca del sistema libgtk-3.so.0")
                .endsWith("sudo apt install libgtk-3-0 libxtst6");
        assertThat(GuiLauncher.explain(gtk, Language.SPANISH)).contains("falta la biblioteca del sistema libgtk-3.so.0")
                .endsWith("sudo apt install libgtk-3-0 libxtst6");
        assertThat(GuiLauncher.explain(gtk, Language.ENGLISH)).contains("the system library libgtk-3.so.0 is missing")
                .endsWith("sudo apt install libgtk-3-0 libxtst6");
        WindowFailure none = WindowFailure.of(fx("Unable to open DISPLAY"), "Linux", NONE);
        assertThat(GuiLauncher.explain(none, Language.CATALAN)).startsWith("No s’ha trobat cap pantalla gràfica");
        assertThat(GuiLauncher.explain(none, Language.ENGLISH)).startsWith("No graphical display found");
    }
}
