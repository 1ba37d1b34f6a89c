package cat.teixit.model.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** What the person asks for (demanda), coded by demand area. Not thread-safe. */
@Entity
@Table(name = "demand")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Demand extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "demand";

    private String areaCode;
    private String description;

    public Demand(UUID id, String scope) {
        super(id, scope);
    }
}
