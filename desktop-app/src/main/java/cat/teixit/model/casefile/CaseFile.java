package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A case file (expedient) opened for a household. Not thread-safe. */
@Entity
@Table(name = "case_file")
@Getter
@Setter
public class CaseFile extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_file";

    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "household_id", nullable = false, length = 36)
    private UUID householdId;

    @Column(name = "team_id", nullable = false, length = 36)
    private UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "origin")
    private String origin;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closing_reason")
    private String closingReason;

    @Column(name = "reference_professional_id", length = 36)
    private UUID referenceProfessionalId;

    @Column(name = "risk_level")
    private String riskLevel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Why the case file must be kept past its retention period (a court case...); null: no hold. */
    @Column(name = "legal_hold")
    private String legalHold;

    /** The day it was anonymised (GDPR erasure after the retention period); null: not anonymised. */
    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected CaseFile() {
    }

    public CaseFile(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
