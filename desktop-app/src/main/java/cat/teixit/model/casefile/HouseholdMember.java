package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A person's membership of a household, with the relationship to its reference person and dates. Not thread-safe. */
@Entity
@Table(name = "household_member")
@Getter
@Setter
public class HouseholdMember extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "household_member";

    @Column(name = "household_id", nullable = false, length = 36)
    private UUID householdId;

    @Column(name = "person_id", nullable = false, length = 36)
    private UUID personId;

    @Column(name = "relationship", nullable = false)
    private String relationship;

    @Column(name = "is_reference", nullable = false)
    private boolean isReference;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected HouseholdMember() {
    }

    public HouseholdMember(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
