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

/** A case file (expedient) opened for a household. Not thread-safe. */
@Entity
@Table(name = "case_file")
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

    protected CaseFile() {
    }

    public CaseFile(UUID id, String scope) {
        super(id, scope);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(UUID householdId) {
        this.householdId = householdId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public void setTeamId(UUID teamId) {
        this.teamId = teamId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public void setClosingReason(String closingReason) {
        this.closingReason = closingReason;
    }

    public UUID getReferenceProfessionalId() {
        return referenceProfessionalId;
    }

    public void setReferenceProfessionalId(UUID referenceProfessionalId) {
        this.referenceProfessionalId = referenceProfessionalId;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
