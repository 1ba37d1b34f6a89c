package cat.teixit.sync.protocol;

/** The kind of one pushed operation. Immutable. */
public enum ChangeKind {
    INSERT, PATCH, DELETE
}
