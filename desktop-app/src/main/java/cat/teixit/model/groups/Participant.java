package cat.teixit.model.groups;

import java.time.Instant;
import java.util.UUID;

/** A person in an activity, with their name, case number and who promoted them from the waiting list. Immutable. */
public record Participant(UUID enrolmentId, long rowVersion, UUID personId, String personName,
        UUID caseFileId, String caseNumber, EnrolmentStatus status, Instant requestedAt, Instant enrolledAt,
        Instant withdrawnAt, String withdrawnReason, Instant promotedAt, String promotedByName) {
}
