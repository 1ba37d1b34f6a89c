package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * Something recorded on a case file (an intervention, a demand, an assessment, a resource, a referral,
 * a document, an event of its history): the case file, the person it concerns if one, when, and who
 * wrote it. Not thread-safe.
 */
@MappedSuperclass
@Getter
@Setter
public abstract class CaseRecord extends SyncedEntity {

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    /** The member of the household it concerns; null when it concerns the whole household. */
    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    protected CaseRecord() {
    }

    protected CaseRecord(UUID id, String scope) {
        super(id, scope);
    }
}
