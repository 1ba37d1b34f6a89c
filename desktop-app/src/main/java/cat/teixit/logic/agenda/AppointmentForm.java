package cat.teixit.logic.agenda;

import cat.teixit.logic.common.FormFields;
import cat.teixit.model.agenda.Appointment;
import cat.teixit.model.agenda.AppointmentKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the booking form holds: who, with whom, what, when and where. A new appointment is written whole; a change
 * is an {@link cat.teixit.logic.common.Edit} of it and writes only the fields the user changed (decision 0010).
 * The status, its reason and the override are not fields of the form: they change through their own actions.
 * Immutable.
 */
public record AppointmentForm(UUID professionalId, UUID personId, UUID householdId, UUID caseFileId,
        AppointmentKind kind, Instant startsAt, Instant endsAt, String room, LocalDate requestDate, String notes,
        boolean confidential) {

    /** The form's fields on the entity, declared once. */
    static final FormFields<Appointment, AppointmentForm> FIELDS = new FormFields<>(AppointmentForm.class,
            FormFields.field("professionalId", AppointmentForm::professionalId, Appointment::getProfessionalId,
                    Appointment::setProfessionalId),
            FormFields.field("personId", AppointmentForm::personId, Appointment::getPersonId, Appointment::setPersonId),
            FormFields.field("householdId", AppointmentForm::householdId, Appointment::getHouseholdId,
                    Appointment::setHouseholdId),
            FormFields.field("caseFileId", AppointmentForm::caseFileId, Appointment::getCaseFileId,
                    Appointment::setCaseFileId),
            FormFields.field("kind", AppointmentForm::kind, Appointment::getKind, Appointment::setKind),
            FormFields.field("startsAt", AppointmentForm::startsAt, Appointment::getStartsAt, Appointment::setStartsAt),
            FormFields.field("endsAt", AppointmentForm::endsAt, Appointment::getEndsAt, Appointment::setEndsAt),
            FormFields.field("room", AppointmentForm::room, Appointment::getRoom, Appointment::setRoom),
            FormFields.field("requestDate", AppointmentForm::requestDate, Appointment::getRequestDate,
                    Appointment::setRequestDate),
            FormFields.field("notes", AppointmentForm::notes, Appointment::getNotes, Appointment::setNotes),
            FormFields.field("confidential", AppointmentForm::confidential, Appointment::isConfidential,
                    Appointment::setConfidential));

    /** The same appointment at another time (and room): what moving it changes. */
    public AppointmentForm movedTo(Instant newStart, Instant newEnd, String newRoom) {
        return new AppointmentForm(professionalId, personId, householdId, caseFileId, kind, newStart, newEnd, newRoom,
                requestDate, notes, confidential);
    }
}
