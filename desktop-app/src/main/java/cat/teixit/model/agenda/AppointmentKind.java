package cat.teixit.model.agenda;

/** What an appointment (cita) is: a first visit, a follow-up, a home visit, a phone call or a group session. */
public enum AppointmentKind {
    FIRST_VISIT, FOLLOW_UP, HOME_VISIT, PHONE, GROUP_SESSION
}
