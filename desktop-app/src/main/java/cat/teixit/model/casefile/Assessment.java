package cat.teixit.model.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The professional's assessment (valoració / diagnòstic social) with coded problems. Not thread-safe. */
@Entity
@Table(name = "assessment")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Assessment extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "assessment";

    private UUID demandId;
    private String problemCodes;
    private String riskLevel;
    private String notes;

    public Assessment(UUID id, String scope) {
        super(id, scope);
    }
}
