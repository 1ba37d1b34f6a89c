package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A professional who collaborates on a case file besides the reference professional. Not thread-safe. */
@Entity
@Table(name = "case_collaborator")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseCollaborator extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_collaborator";

    private UUID caseFileId;
    private UUID userId;
    private LocalDate addedOn;

    public CaseCollaborator(UUID id, String scope) {
        super(id, scope);
    }
}
