package cat.teixit.model.documents;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One version of a team's document template in one language: append-only (a change is a new row with
 * the next version), synced like the case records. Not thread-safe.
 */
@Entity
@Table(name = "document_template")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DocumentTemplate extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "document_template";

    private String templateKey;
    private String language;
    private String title;
    private String body;
    private int version;
    private UUID authorId;
    private Instant createdAt;

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
}
