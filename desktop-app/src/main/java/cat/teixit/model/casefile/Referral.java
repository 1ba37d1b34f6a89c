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

/** A referral (derivació) to another service, professional, team or municipality. Not thread-safe. */
@Entity
@Table(name = "referral")
@Getter
@Setter
public class Referral extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "referral";

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    private ReferralTargetKind targetKind;

    @Column(name = "target", nullable = false)
    private String target;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "response_reason")
    private String responseReason;

    protected Referral() {
    }

    public Referral(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
