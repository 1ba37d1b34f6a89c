package cat.teixit.logic.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a social history. {@code summary} is null for a confidential entry the viewer may
 * not read ({@code hidden} is then true). Immutable.
 */
public record TimelineEntry(Kind kind, UUID id, UUID personId, String personName, Instant at, UUID authorId,
        String authorName, String subtype, String summary, boolean confidential, boolean hidden) {

    /** What kind of record the entry stands for. */
    public enum Kind {
        INTERVENTION, DEMAND, ASSESSMENT, RESOURCE, REFERRAL, DOCUMENT, EVENT, APPOINTMENT, ATTENDANCE
    }
}
