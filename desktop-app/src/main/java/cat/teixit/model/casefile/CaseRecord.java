package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * Something recorded on a case file (an intervention, a demand, an assessment, a resource, a referral,
 * a document, an event of its history): the case file, the person it concerns if one, when, and who
 * wrote it. Not thread-safe.
 */
@MappedSuperclass
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class CaseRecord extends SyncedEntity {

    private UUID caseFileId;

    /** The member of the household it concerns; null when it concerns the whole household. */
    private UUID personId;

    private Instant occurredAt;
    private UUID authorId;

    protected CaseRecord(UUID id, String scope) {
        super(id, scope);
    }

    /**
     * Files a new record: on case file {@code caseFileId}, about {@code personId} (null: the whole household), as
     * happened at {@code occurredAt}, written by {@code authorId}.
     */
    public void file(UUID caseFileId, UUID personId, Instant occurredAt, UUID authorId) {
        this.caseFileId = caseFileId;
        this.personId = personId;
        this.occurredAt = occurredAt;
        this.authorId = authorId;
    }
}
