package cat.teixit.model.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A resource (recurs / prestació) proposed or applied for a person, with its status and cost. Not thread-safe. */
@Entity
@Table(name = "resource_assignment")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ResourceAssignment extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "resource_assignment";

    private UUID demandId;

    /** The assessment this resource answers (null: none; its demand is then {@link #demandId}, if any). */
    private UUID assessmentId;

    private String resourceCode;

    @Enumerated(EnumType.STRING)
    private ResourceStatus status;

    private Instant statusAt;
    private Long costCents;
    private String notes;

    /** Who funds it (null: not recorded). */
    @Enumerated(EnumType.STRING)
    private Funding funding;

    public ResourceAssignment(UUID id, String scope) {
        super(id, scope);
    }
}
