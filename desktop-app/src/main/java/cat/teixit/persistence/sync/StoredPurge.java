package cat.teixit.persistence.sync;

/**
 * A scope removed from this workstation because the user no longer holds it: how many records went and
 * the changes that were waiting to be sent ({@code pendingOpsJson}: op id, entity type, id, kind). Immutable.
 */
public record StoredPurge(long id, String scope, long purgedAt, int records, String pendingOpsJson, Long dismissedAt) {
}
