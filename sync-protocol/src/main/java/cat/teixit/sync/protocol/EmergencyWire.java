package cat.teixit.sync.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Break-the-glass bodies (docs/sync-protocol.md §11, docs/decisions/0039-break-the-glass.md): opening one case file
 * outside the own scopes with a written reason, for a limited time. Immutable records.
 */
public final class EmergencyWire {

    /** The shortest reason accepted, in characters once trimmed. */
    public static final int MIN_REASON = 20;
    /** The longest reason accepted. */
    public static final int MAX_REASON = 2000;
    /** At most this many openings in one answer of GET /emergency/openings (newest first). */
    public static final int MAX_LISTED = 500;

    private EmergencyWire() {
    }

    /**
     * POST /emergency: the case file to open and why. Checked by the server, which answers each fault by code.
     * {@code requestId} (a UUID the client makes once per opening it asks for, or null) makes the request safe to
     * repeat: the same id from the same user answers the opening it made, once more, without counting another try;
     * the same id with another case file or reason is refused ({@code request_id_reused}).
     */
    public record Open(String caseFileId, String reason, String requestId) {
        /** A request without an id: each one is a new try. */
        public Open(String caseFileId, String reason) {
            this(caseFileId, reason, null);
        }
    }

    /**
     * One opening: who (user name, team), from which device, which case file of which scope, why, when, and until
     * when the case file's records are served.
     */
    public record Opening(long id, String username, String userTeam, String deviceId, String caseFileId, String scope,
            String reason, long openedAt, long expiresAt, int records) {
    }

    /** Answer to GET /emergency/openings. */
    public record Openings(List<Opening> openings) {
        public Openings {
            openings = List.copyOf(Objects.requireNonNull(openings, "openings"));
        }
    }
}
