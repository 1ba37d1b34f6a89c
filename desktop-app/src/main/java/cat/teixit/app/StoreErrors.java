package cat.teixit.app;

import cat.teixit.persistence.StoreOpenException;

/** Reasons the store refused to open, as exit codes and message keys. */
final class StoreErrors {

    private StoreErrors() {
    }

    static String messageKey(Throwable cause) {
        if (cause instanceof StoreOpenException e) {
            return switch (e.reason()) {
                case LOCKED -> "store.error.locked";
                case CORRUPT -> "store.error.corrupt";
                case NEWER_SCHEMA -> "store.error.newer";
                case IO -> "store.error.io";
                case NO_KEY, WRONG_PASSWORD -> "login.error.credentials";
            };
        }
        return "store.error.io";
    }

    static int exitCode(Throwable cause) {
        return cause instanceof StoreOpenException e ? ExitCodes.of(e.reason()) : ExitCodes.IO;
    }
}
