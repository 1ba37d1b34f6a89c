package cat.teixit.persistence.agenda;

import cat.teixit.model.agenda.Appointment;
import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import cat.teixit.persistence.jdbc.Jdbc;
import cat.teixit.persistence.jdbc.Sql;
import cat.teixit.persistence.orm.EntityRepository;
import cat.teixit.persistence.orm.LiveRows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The agenda's appointments: as entities to change them, as rows with names to show them, and the clashes a booking
 * would make. Deleted (tombstoned) and cancelled appointments never clash. Not thread-safe (bound to one unit of
 * work).
 */
public final class AppointmentRepository extends EntityRepository<Appointment> {

    /** One appointment in a list, with the names it shows; {@code notes} is null when the viewer may not read them. */
    public record AppointmentRow(UUID id, long rowVersion, String scope, UUID professionalId, String professionalName,
            UUID personId, String personName, UUID householdId, String householdName, UUID caseFileId,
            String caseNumber, AppointmentKind kind, Instant startsAt, Instant endsAt, String room,
            AppointmentStatus status, String cancelReason, LocalDate requestDate, boolean doubleBookedOverride,
            String notes, boolean confidential) {
    }

    /** Which appointments a list holds: those of these professionals (none: any) starting in [from, to). */
    public record Window(Collection<UUID> professionals, Collection<String> scopes, Instant from, Instant to) {
    }

    private final Jdbc jdbc;

    public AppointmentRepository(Session session, Jdbc jdbc) {
        super(session);
        this.jdbc = jdbc;
    }

    /** A live (not deleted) appointment. */
    public Optional<Appointment> find(UUID id) {
        return LiveRows.find(session, Appointment.class, id);
    }

    /**
     * The live, not cancelled appointments other than {@code except} that overlap [startsAt, endsAt) and share the
     * professional or (when {@code room} is given) the room of the same team's office ({@code scope}: every team names
     * its own rooms, so "Despatx 1" of one office is not that of another), earliest first.
     */
    public List<Appointment> clashes(UUID except, UUID professionalId, String scope, String room, Instant startsAt,
            Instant endsAt) {
        String who = room == null ? "a.professionalId = :pro"
                : "(a.professionalId = :pro or (a.room = :room and a.scope = :scope))";
        var query = session.createSelectionQuery("from Appointment a where a.deletedAt is null"
                + " and a.status <> :cancelled and a.id <> :except and a.startsAt < :end and a.endsAt > :start and "
                + who + " order by a.startsAt", Appointment.class).setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("except", except).setParameter("end", endsAt).setParameter("start", startsAt)
                .setParameter("pro", professionalId);
        if (room != null) {
            query.setParameter("room", room).setParameter("scope", scope);
        }
        return query.getResultList();
    }

    /**
     * The live appointments of a window, by start; confidential notes are left out unless the viewer is the
     * appointment's professional or booked it, or {@code mayReadConfidential}.
     */
    public List<AppointmentRow> in(Window w, UUID viewerId, boolean mayReadConfidential) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.row_version, a.scope, a.professional_id, u.display_name, a.person_id,
                       p.given_name || coalesce(' ' || p.surname1, '') || coalesce(' ' || p.surname2, ''),
                       a.household_id, h.name, a.case_file_id, cf.number, a.kind, a.starts_at, a.ends_at, a.room,
                       a.status, a.cancel_reason, a.request_date, a.double_booked_override,
                       CASE WHEN a.confidential = 1 AND a.professional_id <> ? AND a.author_id <> ? AND ? = 0 THEN NULL
                            ELSE a.notes END,
                       a.confidential
                  FROM appointment a
                  LEFT JOIN app_user u ON u.id = a.professional_id
                  LEFT JOIN person p ON p.id = a.person_id
                  LEFT JOIN household h ON h.id = a.household_id
                  LEFT JOIN case_file cf ON cf.id = a.case_file_id
                 WHERE a.deleted_at IS NULL AND a.starts_at < ? AND a.ends_at > ?""");
        List<Object> params = new ArrayList<>(List.of(viewerId.toString(), viewerId.toString(), mayReadConfidential ? 1 : 0,
                w.to().toEpochMilli(), w.from().toEpochMilli()));
        if (!w.professionals().isEmpty()) {
            sql.append(" AND a.professional_id IN (").append(Sql.placeholders(w.professionals().size())).append(')');
            w.professionals().forEach(p -> params.add(p.toString()));
        }
        sql.append(" AND a.scope IN (").append(Sql.placeholders(w.scopes().size())).append(')');
        params.addAll(w.scopes());
        sql.append(" ORDER BY a.starts_at, a.professional_id, a.id");
        return jdbc.jdbc(c -> Sql.list(c, sql.toString(), params, rs -> new AppointmentRow(Sql.uuid(rs.getString(1)),
                rs.getLong(2), rs.getString(3), Sql.uuid(rs.getString(4)), rs.getString(5), Sql.uuid(rs.getString(6)),
                rs.getString(7), Sql.uuid(rs.getString(8)), rs.getString(9), Sql.uuid(rs.getString(10)),
                rs.getString(11), AppointmentKind.valueOf(rs.getString(12)), Instant.ofEpochMilli(rs.getLong(13)),
                Instant.ofEpochMilli(rs.getLong(14)), rs.getString(15), AppointmentStatus.valueOf(rs.getString(16)),
                rs.getString(17), rs.getString(18) == null ? null : LocalDate.parse(rs.getString(18)),
                rs.getInt(19) == 1, rs.getString(20), rs.getInt(21) == 1)));
    }
}
