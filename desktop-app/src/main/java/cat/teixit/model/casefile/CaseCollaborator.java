package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A professional who collaborates on a case file besides the reference professional. Not thread-safe. */
@Entity
@Table(name = "case_collaborator")
@Getter
@Setter
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

    @Override
    public String entityType() {
        return TYPE;
    }
}
