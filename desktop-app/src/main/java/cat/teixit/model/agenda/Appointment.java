package cat.teixit.model.agenda;

import cat.teixit.model.common.SyncedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;

/**
 * An appointment (cita) in a professional's agenda: with a person, a household, both or neither (internal), linked
 * to a case file when booked from one; a room; booked, attended, missed or cancelled (with its reason). Synced
 * field by field: a move and a note written offline on two workstations merge. Not thread-safe.
 */
@Entity
@Table(name = "appointment")
@Getter
@Setter
public class Appointment extends SyncedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "appointment";

    @Column(name = "professional_id", nullable = false, length = 36)
    private UUID professionalId;

    @Column(name = "person_id", length = 36)
    private UUID personId;

    @Column(name = "household_id", length = 36)
    private UUID householdId;

    @Column(name = "case_file_id", length = 36)
    private UUID caseFileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AppointmentKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "room")
    private String room;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /** When the person asked for the appointment: the waiting time to a first visit is counted from it. */
    @Column(name = "request_date")
    private LocalDate requestDate;

    /** Booked over another appointment of the same professional or room, on purpose. */
    @Column(name = "double_booked_override", nullable = false)
    private boolean doubleBookedOverride;

    @Column(name = "notes")
    private String notes;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "author_id", nullable = false, length = 36)
    private UUID authorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Appointment() {
    }

    public Appointment(UUID id, String scope) {
        super(id, scope);
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
