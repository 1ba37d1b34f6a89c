package cat.teixit.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Something that happened to the case file itself (opened, closed, member joined, plan changed...). Append-only. Not thread-safe. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "case_event";

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "detail")
    private String detail;

    protected CaseEvent() {
    }

    public CaseEvent(UUID id, String scope) {
        super(id, scope);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
