package cat.teixit.model.documents;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;

/**
 * One version of a team's document template in one language: append-only (a change is a new row with
 * the next version), synced like the case records. Not thread-safe.
 */
@Entity
@Table(name = "document_template")
@Getter
public class DocumentTemplate extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "document_template";

    @Column(name = "template_key", nullable = false)
    private String templateKey;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentTemplate() {
    }

    public DocumentTemplate(UUID id, String scope, String templateKey, String language, String title, String body,
            int version, UUID authorId, Instant createdAt) {
        super(id, scope);
        this.templateKey = templateKey;
        this.language = language;
        this.title = title;
        this.body = body;
        this.version = version;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
