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

/**
 * An appointment (cita) in a professional's agenda: with a person, a household, both or neither (internal), linked
 * to a case file when booked from one; a room; booked, attended, missed or cancelled (with its reason). Synced
 * field by field: a move and a note written offline on two workstations merge. Not thread-safe.
 */
@Entity
@Table(name = "appointment")
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

    public UUID getProfessionalId() {
        return professionalId;
    }

    public void setProfessionalId(UUID professionalId) {
        this.professionalId = professionalId;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID personId) {
        this.personId = personId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(UUID householdId) {
        this.householdId = householdId;
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public void setCaseFileId(UUID caseFileId) {
        this.caseFileId = caseFileId;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public void setStatus(AppointmentStatus status) {
        this.status = status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDate getRequestDate() {
        return requestDate;
    }

    public void setRequestDate(LocalDate requestDate) {
        this.requestDate = requestDate;
    }

    public boolean isDoubleBookedOverride() {
        return doubleBookedOverride;
    }

    public void setDoubleBookedOverride(boolean doubleBookedOverride) {
        this.doubleBookedOverride = doubleBookedOverride;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public void setAuthorId(UUID authorId) {
        this.authorId = authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public String entityType() {
        return TYPE;
    }
}
