package cat.teixit.model.casefile;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A person’s consent to one purpose (GDPR): given on a date, perhaps with the signed document filed in a case file,
 * withdrawn on a later date. In the person’s scope. Not thread-safe.
 */
@Entity
@Table(name = "consent")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Consent extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "consent";

    private UUID personId;

    /** A code of the purposes' catalogue (kept as text: a newer workstation may know more purposes). */
    private String purpose;

    private LocalDate givenOn;

    /** The signed document: an attachment of a case file, if one was filed. */
    private UUID documentId;

    private LocalDate withdrawnOn;
    private String notes;
    private UUID authorId;

    public Consent(UUID id, String scope) {
        super(id, scope);
    }

    /** True when it holds on {@code day}: given on or before it and not withdrawn by then. */
    public boolean activeOn(LocalDate day) {
        return !isDeleted() && !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
