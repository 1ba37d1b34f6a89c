package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A person's membership of a household, with the relationship to its reference person and dates. Not thread-safe. */
@Entity
@Table(name = "household_member")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HouseholdMember extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "household_member";

    private UUID householdId;
    private UUID personId;
    private String relationship;
    private boolean isReference;
    private LocalDate joinedOn;
    private LocalDate leftOn;

    public HouseholdMember(UUID id, String scope) {
        super(id, scope);
    }
}
