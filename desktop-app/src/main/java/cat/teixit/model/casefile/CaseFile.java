package cat.teixit.model.casefile;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A case file (expedient) opened for a household. Not thread-safe. */
@Entity
@Table(name = "case_file")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseFile extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_file";

    private String number;
    private UUID householdId;
    private UUID teamId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    private LocalDate openedOn;
    private String origin;
    private LocalDate closedOn;
    private String closingReason;
    private UUID referenceProfessionalId;
    private String riskLevel;

    /** Why the case file must be kept past its retention period (a court case...); null: no hold. */
    private String legalHold;

    /** The day it was anonymised (GDPR erasure after the retention period); null: not anonymised. */
    private LocalDate anonymisedOn;

    public CaseFile(UUID id, String scope) {
        super(id, scope);
    }
}
