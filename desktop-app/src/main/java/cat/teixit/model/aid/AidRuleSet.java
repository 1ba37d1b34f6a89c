package cat.teixit.model.aid;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A rule set of the aid simulator loaded by the council (a new period's figures, as a {@code .properties} text), shared
 * with every workstation through the council-wide scope {@link #SCOPE}. Not thread-safe.
 */
@Entity
@Table(name = "aid_rule_set")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AidRuleSet extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = cat.teixit.sync.protocol.DirectoryScope.AID_RULES_TYPE;
    /** The council-wide scope: every user reads it. */
    public static final String SCOPE = cat.teixit.sync.protocol.DirectoryScope.NAME;

    /** The rule file's name ({@code rgc-2027.properties}): a later one of the same name replaces it. */
    private String fileName;

    private String content;
    private Instant loadedAt;
    private UUID authorId;

    public AidRuleSet(UUID id) {
        super(id, SCOPE);
    }
}
