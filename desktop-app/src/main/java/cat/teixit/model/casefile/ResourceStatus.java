package cat.teixit.model.casefile;

/** Where a resource (recurs / prestació) stands: proposed, requested, granted or denied, started, finished. */
public enum ResourceStatus {
    PROPOSED, REQUESTED, GRANTED, DENIED, STARTED, FINISHED
}
