package cat.teixit.logic.settings;

/** Light or dark appearance. */
public enum Theme {
    LIGHT, DARK
}
