package cat.teixit.model.casefile;

/** Kind of intervention (actuació). */
public enum InterventionKind {
    OFFICE_INTERVIEW, HOME_VISIT, PHONE_CALL, COORDINATION, REPORT, OTHER
}
