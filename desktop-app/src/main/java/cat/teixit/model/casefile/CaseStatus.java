package cat.teixit.model.casefile;

/** Status of a case file (expedient). */
public enum CaseStatus {
    OPEN, CLOSED, REOPENED
}
