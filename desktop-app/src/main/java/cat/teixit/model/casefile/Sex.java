package cat.teixit.model.casefile;

/** Sex as recorded: female, male, or another / not stated. */
public enum Sex {
    F, M, X
}
