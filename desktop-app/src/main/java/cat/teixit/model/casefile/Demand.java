package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the person asks for (demanda), coded by demand area. Not thread-safe. */
@Entity
@Table(name = "demand")
public class Demand extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "demand";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "area_code", nullable = false)
    private String areaCode;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    protected Demand() {
    }

    public Demand(UUID id, String scope) {
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

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
