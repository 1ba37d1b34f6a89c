package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something that happened to the case file itself (opened, closed, member joined, plan changed...). Append-only. Not thread-safe. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_event";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "detail")
    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(UUID caseFileId) {
        this.caseFileId = caseFileId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
