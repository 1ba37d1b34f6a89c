package cat.teixit.app;

import cat.teixit.persistence.StoreOpenException;

/** Process exit codes, documented in the README (Sub-commands). */
public final class ExitCodes {

    public static final int OK = 0;
    /** Unexpected failure: see the log. */
    public static final int FAILURE = 1;
    /** Wrong command-line usage. */
    public static final int USAGE = 2;
    /** The data directory is in use by another Teixit. */
    public static final int LOCKED = 3;
    /** The data file is not a readable database. */
    public static final int CORRUPT = 4;
    /** The data file comes from a newer Teixit. */
    public static final int NEWER_SCHEMA = 5;
    /** The data directory cannot be created, read or written. */
    public static final int IO = 6;
    /** The window cannot open: no graphical display, or a system library it needs (GTK 3, libXtst) is missing. */
    public static final int NO_WINDOW = 7;
    /** {@code sync}: the central server cannot be reached. */
    public static final int SERVER_UNREACHABLE = 10;
    /** The server, or this workstation's key ring, refused the user name or password. */
    public static final int LOGIN_REFUSED = 11;
    /** {@code sync}: the server needs a newer Teixit. */
    public static final int UPGRADE_REQUIRED = 12;
    /** {@code sync}: the server's answer broke the protocol; nothing of it was applied. */
    public static final int PROTOCOL_ERROR = 13;
    /** {@code sync}: the server refused a request (see the log). */
    public static final int SERVER_ERROR = 14;
    /** {@code verify}: a signature does not match the document (a changed byte, a damaged signature). */
    public static final int SEAL_BROKEN = 20;
    /** {@code verify}: the signatures hold, but something that is not a signature was added after one. */
    public static final int CHANGED_AFTER_SIGNING = 21;
    /** {@code verify}: a PDF without any seal. */
    public static final int NO_SEAL = 22;
    /** {@code verify}: not a readable PDF. */
    public static final int NOT_PDF = 23;
    /** {@code verify}: no such file. */
    public static final int NO_SUCH_FILE = 24;

    private ExitCodes() {
    }

    /** The exit code for a store that cannot be opened. */
    public static int of(StoreOpenException.Reason reason) {
        return switch (reason) {
            case LOCKED -> LOCKED;
            case CORRUPT -> CORRUPT;
            case NEWER_SCHEMA -> NEWER_SCHEMA;
            case IO -> IO;
            case NO_KEY, WRONG_PASSWORD -> LOGIN_REFUSED;
        };
    }
}
