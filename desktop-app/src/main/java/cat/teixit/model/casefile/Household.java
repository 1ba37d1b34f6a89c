package cat.teixit.model.casefile;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** The people living together (unitat de convivència) and their housing. Not thread-safe. */
@Entity
@Table(name = "household")
@Getter
@Setter
public class Household extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "household";

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "address")
    private String address;

    @Column(name = "municipality")
    private String municipality;

    @Column(name = "district")
    private String district;

    @Column(name = "housing_tenure")
    private String housingTenure;

    @Column(name = "housing_notes")
    private String housingNotes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Household() {
    }

    public Household(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
