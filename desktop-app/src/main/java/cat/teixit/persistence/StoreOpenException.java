package cat.teixit.persistence;

import java.io.Serial;

/** The local store could not be opened; {@link #reason()} says why, so the caller can explain it. */
public final class StoreOpenException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the store could not be opened. */
    public enum Reason {
        /** Another running Teixit holds this data directory. */
        LOCKED,
        /** The data file is not a readable SQLite database. */
        CORRUPT,
        /** The data file was written by a newer Teixit. */
        NEWER_SCHEMA,
        /** The data directory cannot be created, read or written. */
        IO,
        /** The user has no key to this data directory (never signed in here while it was open), decision 0032. */
        NO_KEY,
        /** The password does not unlock the user's key to this data directory. */
        WRONG_PASSWORD
    }

    private final Reason reason;

    public StoreOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
