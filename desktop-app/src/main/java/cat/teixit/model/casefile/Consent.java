package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * A person’s consent to one purpose (GDPR): given on a date, perhaps with the signed document filed in a case file,
 * withdrawn on a later date. In the person’s scope. Not thread-safe.
 */
@Entity
@Table(name = "consent")
@Getter
@Setter
public class Consent extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "consent";

    @Column(name = "person_id", nullable = false, length = 36)
    private UUID personId;

    /** A code of the purposes' catalogue (kept as text: a newer workstation may know more purposes). */
    @Column(name = "purpose", nullable = false)
    private String purpose;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    /** The signed document: an attachment of a case file, if one was filed. */
    @Column(name = "document_id", length = 36)
    private UUID documentId;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "notes")
    private String notes;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Consent() {
    }

    public Consent(UUID id, String scope) {
        super(id, scope);
    }

    /** True when it holds on {@code day}: given on or before it and not withdrawn by then. */
    public boolean activeOn(LocalDate day) {
        return !isDeleted() && !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
