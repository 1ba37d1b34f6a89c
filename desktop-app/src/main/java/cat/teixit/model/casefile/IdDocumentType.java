package cat.teixit.model.casefile;

/** Kind of identity document; many people we serve have none. */
public enum IdDocumentType {
    DNI, NIE, PASSPORT, OTHER, NONE
}
