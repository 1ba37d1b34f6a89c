package cat.teixit.sync.client;

import cat.teixit.sync.protocol.Responses;
import java.util.function.Supplier;

/**
 * A pull answer received but not yet read: the cursor and whether more follows as its headers announce them (both
 * null when the server sent none), and its body, decoded and validated on the thread that asks for it (decision 0059).
 * The engine asks for the next page with the announced cursor while it reads this one, and checks the body against it.
 */
public record PulledPage(String announcedCursor, Boolean announcedMore, Supplier<Responses.Pull> body) {

    public PulledPage {
        if ((announcedCursor == null) != (announcedMore == null)) {
            throw new IllegalArgumentException("a cursor and whether more follows are announced together");
        }
    }

    /** An answer already read, with nothing announced. */
    public static PulledPage read(Responses.Pull answer) {
        return new PulledPage(null, null, () -> answer);
    }

    boolean announced() {
        return announcedCursor != null;
    }
}
