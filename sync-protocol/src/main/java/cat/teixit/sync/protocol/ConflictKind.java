package cat.teixit.sync.protocol;

/** Why an operation conflicts. Immutable. */
public enum ConflictKind {
    /** The same field was changed on both sides to different values. */
    FIELDS,
    /** The client edited a record that someone else deleted. */
    DELETED_ON_SERVER,
    /** The client deleted a record that someone else edited. */
    EDITED_ON_SERVER
}
