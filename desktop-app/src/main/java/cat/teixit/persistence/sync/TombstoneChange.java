package cat.teixit.persistence.sync;

/** What a local change does to a row's tombstone. Immutable. */
public enum TombstoneChange {
    /** Leaves it as it is. */
    KEEP,
    /** Restores a deleted row. */
    CLEAR,
    /** Deletes the row (tombstone at the given time). */
    SET
}
