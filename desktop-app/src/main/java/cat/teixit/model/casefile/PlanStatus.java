package cat.teixit.model.casefile;

/** Status of an intervention plan. */
public enum PlanStatus {
    ACTIVE, CLOSED
}
