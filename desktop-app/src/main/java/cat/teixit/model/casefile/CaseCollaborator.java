package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A professional who collaborates on a case file besides the reference professional. Not thread-safe. */
@Entity
@Table(name = "case_collaborator")
public class CaseCollaborator extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_collaborator";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "user_id", nullable = false, length = 36)
    private UUID userId;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    protected CaseCollaborator() {
    }

    public CaseCollaborator(UUID id, String scope) {
        super(id, scope);
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(UUID caseFileId) {
        this.caseFileId = caseFileId;
    }

    public UUID getUserId() {
        return userId;
    }

    public void setUserId(UUID userId) {
        this.userId = userId;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public void setAddedOn(LocalDate addedOn) {
        this.addedOn = addedOn;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
