package cat.teixit.model.sync;

/** The kind of a change recorded in the outbox. */
public enum ChangeKind {
    INSERT, PATCH, DELETE
}
