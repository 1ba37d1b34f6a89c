package cat.teixit.model.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Something that happened to the case file itself (opened, closed, member joined, plan changed...). Append-only. Not thread-safe. */
@Entity
@Table(name = "case_event")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseEvent extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_event";

    private String kind;
    private String detail;

    public CaseEvent(UUID id, String scope) {
        super(id, scope);
    }
}
