package cat.teixit.model.casefile;

import jakarta.persistence.Column;
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

/** An intervention (intervenció / actuació): interview, home visit, call... Append-only in sync terms. Not thread-safe. */
@Entity
@Table(name = "intervention")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Intervention extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention";

    @Enumerated(EnumType.STRING)
    private InterventionKind kind;

    private Integer durationMin;
    private String professionals;
    private String notes;
    private boolean confidential;

    @Column(updatable = false)
    private Instant createdAt;

    public Intervention(UUID id, String scope) {
        super(id, scope);
    }
}
