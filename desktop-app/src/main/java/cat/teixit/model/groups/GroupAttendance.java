package cat.teixit.model.groups;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A participant's mark at one session. Its id is derived from the session and the person (never random), so two
 * facilitators marking the same session offline write the same record: same marks merge, a different mark for
 * the same person is a conflict, different people never clash. Not thread-safe.
 */
@Entity
@Table(name = "group_attendance")
@Getter
@Setter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GroupAttendance extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "group_attendance";

    private UUID sessionId;
    private UUID personId;

    /** The case file the person was enrolled from: the mark appears in its social history. */
    private UUID caseFileId;

    @Enumerated(EnumType.STRING)
    private AttendanceMark mark;

    private String note;

    public GroupAttendance(UUID id, String scope) {
        super(id, scope);
    }
}
