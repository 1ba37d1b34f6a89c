package cat.teixit.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** An intervention (intervenció / actuació): interview, home visit, call... Append-only in sync terms. Not thread-safe. */
@Entity
@Table(name = "intervention")
@Getter
@Setter
public class Intervention extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "intervention";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private InterventionKind kind;

    @Column(name = "duration_min")
    private Integer durationMin;

    @Column(name = "professionals")
    private String professionals;

    @Column(name = "notes", nullable = false)
    private String notes;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Intervention() {
    }

    public Intervention(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
