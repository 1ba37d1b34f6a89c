package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The professional's assessment (valoració / diagnòstic social) with coded problems. Not thread-safe. */
@Entity
@Table(name = "assessment")
public class Assessment extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "assessment";

    @Column(name = "case_file_id", nullable = false, length = 36)
    private UUID caseFileId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Column(name = "demand_id", length = 36)
    private UUID demandId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "problem_codes", nullable = false)
    private String problemCodes;

    @Column(name = "risk_level")
    private String riskLevel;

    @Column(name = "notes")
    private String notes;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    protected Assessment() {
    }

    public Assessment(UUID id, String scope) {
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

    public UUID getDemandId() {
        return demandId;
    }

    public void setDemandId(UUID demandId) {
        this.demandId = demandId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getProblemCodes() {
        return problemCodes;
    }

    public void setProblemCodes(String problemCodes) {
        this.problemCodes = problemCodes;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
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
