package cat.teixit.model.agenda;

import cat.teixit.model.common.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
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
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Appointment extends CreatedEntity {

    /** Entity type name in sync ops (the table name). */
    public static final String TYPE = "appointment";

    private UUID professionalId;
    private UUID personId;
    private UUID householdId;
    private UUID caseFileId;

    @Enumerated(EnumType.STRING)
    private AppointmentKind kind;

    private Instant startsAt;
    private Instant endsAt;
    private String room;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status;

    private String cancelReason;

    /** When the person asked for the appointment: the waiting time to a first visit is counted from it. */
    private LocalDate requestDate;

    /** Booked over another appointment of the same professional or room, on purpose. */
    private boolean doubleBookedOverride;

    private String notes;
    private boolean confidential;
    private UUID authorId;

    public Appointment(UUID id, String scope) {
        super(id, scope);
    }
}
