package cat.teixit.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/** A file added to a case file, stored content-addressed by its SHA-256. Not thread-safe. */
@Entity
@Table(name = "attachment")
@Getter
@Setter
public class Attachment extends CaseRecord {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "attachment";

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "description")
    private String description;

    protected Attachment() {
    }

    public Attachment(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
