package cat.teixit.logic.agenda;

import cat.teixit.model.agenda.AppointmentKind;
import cat.teixit.model.agenda.AppointmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An appointment as the agenda shows it, with the names of the professional, the person, the household and the
 * case file's number. {@code notes} is null when the viewer may not read them (confidential, someone else's).
 * {@code form} is what the booking form loads to change it. Immutable.
 */
public record AppointmentItem(UUID id, long rowVersion, String professionalName, String personName,
        String householdName, String caseNumber, AppointmentStatus status, String cancelReason,
        boolean doubleBookedOverride, boolean editable, AppointmentForm form) {

    public UUID professionalId() {
        return form.professionalId();
    }

    public AppointmentKind kind() {
        return form.kind();
    }

    public Instant startsAt() {
        return form.startsAt();
    }

    public Instant endsAt() {
        return form.endsAt();
    }

    public String room() {
        return form.room();
    }

    public LocalDate requestDate() {
        return form.requestDate();
    }

    /** Who the appointment is with: the person, else the household, else nobody (internal). */
    public String withWhom() {
        return personName != null ? personName : householdName;
    }
}
