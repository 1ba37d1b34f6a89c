package cat.teixit.model.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A file added to a case file, stored content-addressed by its SHA-256. Not thread-safe. */
@Entity
@Table(name = "attachment")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attachment extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "attachment";

    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private String description;

    public Attachment(UUID id, String scope) {
        super(id, scope);
    }
}
