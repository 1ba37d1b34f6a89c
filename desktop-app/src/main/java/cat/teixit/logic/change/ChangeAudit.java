package cat.teixit.logic.change;

import cat.teixit.model.audit.AuditAction;
import cat.teixit.persistence.StoreTx;
import java.util.UUID;

/**
 * Where use cases audit what they do, in their transaction (the audit trail, docs/decisions/0026): every change
 * {@link ChangeRecorder} records, and the views, prints, exports and signatures the use cases name.
 */
public interface ChangeAudit {

    /**
     * A change of kind {@code kind} (INSERT, PATCH, DELETE) to a record, of a case file when {@code caseFileId} is
     * set, made by the user logged in on the workstation.
     */
    void changed(StoreTx tx, String entityType, UUID entityId, UUID caseFileId, String kind);

    /** The professional {@code userId} ({@code userName}) did {@code action}; recorded at the end of {@code tx}. */
    void record(StoreTx tx, UUID userId, String userName, AuditAction action, String entityType, UUID entityId,
            UUID caseFileId, String detail);
}
