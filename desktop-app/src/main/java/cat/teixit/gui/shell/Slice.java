package cat.teixit.gui.shell;

import java.util.Optional;

/**
 * One feature of the workstation as the composition root lists it, holding the services it needs
 * (constructor injection): at each login it opens its {@link Feature} for that user, or nothing when
 * the user may not use it. Thread-safe.
 */
@FunctionalInterface
public interface Slice {

    Optional<Feature> open(ShellContext shell);
}
