package cat.teixit.persistence.groups;

import cat.teixit.model.common.SyncedEntity;
import cat.teixit.model.groups.ActivitySummary;
import cat.teixit.model.groups.AttendanceMark;
import cat.teixit.model.groups.EnrolmentStatus;
import cat.teixit.model.groups.GroupActivity;
import cat.teixit.model.groups.GroupAttendance;
import cat.teixit.model.groups.GroupEnrolment;
import cat.teixit.model.groups.GroupSession;
import cat.teixit.model.groups.Participant;
import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.LiveRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Group activities, their sessions, enrolments and attendance: as entities to change them, as rows with names and
 * counts to show them. Deleted (tombstoned) records are left out. Not thread-safe (bound to one unit of work).
 */
public final class GroupRepository extends EntityRepository<SyncedEntity> {

    /** The marks of an activity's sessions that were not cancelled, counted. */
    public record MarkCounts(int present, int absent, int excused) {
    }

    private static final String PERSON_NAME =
            "p.given_name || coalesce(' ' || p.surname1, '') || coalesce(' ' || p.surname2, '')";

    private final Jdbc jdbc;

    public GroupRepository(Session session, Jdbc jdbc) {
        super(session);
        this.jdbc = jdbc;
    }

    /** A live (not deleted) record of one of the four types. */
    public <T extends SyncedEntity> Optional<T> find(Class<T> type, UUID id) {
        return LiveRows.find(session, type, id);
    }

    /** An attendance mark, deleted or not (its id is derived, so a deleted one is taken up again). */
    public Optional<GroupAttendance> attendanceRecord(UUID id) {
        return Optional.ofNullable(session.find(GroupAttendance.class, id));
    }

    /** An activity's live sessions, by start. */
    public List<GroupSession> sessions(UUID activityId) {
        return LiveRows.where(session, GroupSession.class, "activityId", activityId, "startsAt, id");
    }

    /** An activity's live enrolments in order of request (the waiting list's order). */
    public List<GroupEnrolment> enrolments(UUID activityId) {
        return LiveRows.where(session, GroupEnrolment.class, "activityId", activityId, "requestedAt, id");
    }

    /** A session's live marks. */
    public List<GroupAttendance> attendance(UUID sessionId) {
        return LiveRows.where(session, GroupAttendance.class, "sessionId", sessionId);
    }

    /** The live activities of these scopes, the latest starting first. */
    public List<ActivitySummary> activities(Collection<String> scopes) {
        String sql = """
                SELECT a.id, a.row_version, a.scope, a.programme, a.title, a.description, a.target_group, a.capacity,
                       a.place, a.facilitators, a.starts_on, a.ends_on, a.weekdays, a.start_time, a.end_time,
                       (SELECT count(*) FROM group_enrolment e WHERE e.activity_id = a.id AND e.deleted_at IS NULL
                           AND e.status = 'ENROLLED'),
                       (SELECT count(*) FROM group_enrolment e WHERE e.activity_id = a.id AND e.deleted_at IS NULL
                           AND e.status = 'WAITING'),
                       (SELECT count(*) FROM group_enrolment e WHERE e.activity_id = a.id AND e.deleted_at IS NULL
                           AND e.status = 'WITHDRAWN'),
                       (SELECT count(*) FROM group_session s WHERE s.activity_id = a.id AND s.deleted_at IS NULL
                           AND s.cancelled = 0)
                  FROM group_activity a
                 WHERE a.deleted_at IS NULL AND a.scope IN (%s)
                 ORDER BY a.starts_on DESC, a.title, a.id""".formatted(Sql.placeholders(scopes.size()));
        return jdbc.jdbc(c -> Sql.list(c, sql, List.copyOf(scopes), rs -> new ActivitySummary(Sql.uuid(rs.getString(1)),
                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getInt(8), rs.getString(9), rs.getString(10), LocalDate.parse(rs.getString(11)),
                LocalDate.parse(rs.getString(12)), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getInt(19))));
    }

    /** An activity's people: enrolled, then waiting, then withdrawn, each in order of request. */
    public List<Participant> participants(UUID activityId) {
        String sql = """
                SELECT e.id, e.row_version, e.person_id, %s, e.case_file_id, cf.number, e.status, e.requested_at,
                       e.enrolled_at, e.withdrawn_at, e.withdrawn_reason, e.promoted_at, u.display_name
                  FROM group_enrolment e
                  LEFT JOIN person p ON p.id = e.person_id
                  LEFT JOIN case_file cf ON cf.id = e.case_file_id
                  LEFT JOIN app_user u ON u.id = e.promoted_by
                 WHERE e.activity_id = ? AND e.deleted_at IS NULL
                 ORDER BY CASE e.status WHEN 'ENROLLED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, e.requested_at, e.id"""
                .formatted(PERSON_NAME);
        return jdbc.jdbc(c -> Sql.list(c, sql, List.of(activityId.toString()), rs -> new Participant(
                Sql.uuid(rs.getString(1)), rs.getLong(2), Sql.uuid(rs.getString(3)), rs.getString(4),
                Sql.uuid(rs.getString(5)), rs.getString(6), EnrolmentStatus.valueOf(rs.getString(7)),
                Instant.ofEpochMilli(rs.getLong(8)), instant(rs.getObject(9)), instant(rs.getObject(10)),
                rs.getString(11), instant(rs.getObject(12)), rs.getString(13))));
    }

    /** The marks of an activity's sessions that were not cancelled. */
    public MarkCounts marks(UUID activityId) {
        String sql = """
                SELECT ga.mark, count(*) FROM group_attendance ga JOIN group_session s ON s.id = ga.session_id
                 WHERE s.activity_id = ? AND s.cancelled = 0 AND s.deleted_at IS NULL AND ga.deleted_at IS NULL
                 GROUP BY ga.mark""";
        int[] n = new int[AttendanceMark.values().length];
        jdbc.jdbc(c -> Sql.list(c, sql, List.of(activityId.toString()), rs -> {
            n[AttendanceMark.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
            return null;
        }));
        return new MarkCounts(n[AttendanceMark.PRESENT.ordinal()], n[AttendanceMark.ABSENT.ordinal()],
                n[AttendanceMark.EXCUSED.ordinal()]);
    }

    private static Instant instant(Object epochMillis) {
        return epochMillis == null ? null : Instant.ofEpochMilli(((Number) epochMillis).longValue());
    }

    /** A person's full name, for messages; "?" when unknown. */
    public String personName(UUID personId) {
        String sql = "SELECT " + PERSON_NAME + " FROM person p WHERE p.id = ?";
        String name = jdbc.jdbc(c -> Sql.first(c, sql, List.of(personId.toString()), rs -> rs.getString(1)));
        return name == null ? "?" : name;
    }
}
