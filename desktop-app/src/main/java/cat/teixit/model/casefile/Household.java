package cat.teixit.model.casefile;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The people living together (unitat de convivència) and their housing. Not thread-safe. */
@Entity
@Table(name = "household")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Household extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "household";

    private String name;
    private String address;
    private String municipality;
    private String district;
    private String housingTenure;
    private String housingNotes;

    public Household(UUID id, String scope) {
        super(id, scope);
    }
}
