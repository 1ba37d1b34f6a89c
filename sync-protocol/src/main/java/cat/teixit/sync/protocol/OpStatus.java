package cat.teixit.sync.protocol;

/** What the server did with one pushed operation. Immutable. */
public enum OpStatus {
    /** Applied now. */
    APPLIED,
    /** Already seen (same device and op id): nothing done again; {@code original} tells the first answer. */
    DUPLICATE,
    /** Refused for good (not allowed, invalid, unknown record): shown to the user, never retried. */
    REJECTED,
    /** Clashes with a change made elsewhere: the non-clashing part is applied, the rest waits for the user. */
    CONFLICT
}
