package cat.teixit.model.agenda;

/** Where an appointment stands: booked, then attended, missed (no-show) or cancelled. */
public enum AppointmentStatus {
    BOOKED, ATTENDED, NO_SHOW, CANCELLED
}
