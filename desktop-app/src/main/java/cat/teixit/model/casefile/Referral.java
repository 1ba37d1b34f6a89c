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

/** A referral (derivació) to another service, professional, team or municipality. Not thread-safe. */
@Entity
@Table(name = "referral")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Referral extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "referral";

    @Enumerated(EnumType.STRING)
    private ReferralTargetKind targetKind;

    private String target;
    private String reason;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private Instant respondedAt;
    private String responseReason;

    public Referral(UUID id, String scope) {
        super(id, scope);
    }
}
