package cat.teixit.logic.auth;

/** The outcome of entering the password on a locked session. */
public enum UnlockResult {
    UNLOCKED,
    WRONG_PASSWORD,
    /** Too many wrong passwords in a row for this name: the next try must wait. */
    TOO_MANY_ATTEMPTS
}
