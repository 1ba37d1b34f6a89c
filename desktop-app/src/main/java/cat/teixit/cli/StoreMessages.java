package cat.teixit.cli;

import cat.teixit.app.ExitCodes;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.StoreOpenException;

/**
 * Command-line wording and exit codes for a store that cannot be opened, and a use case's refusal in the user's
 * language. Stateless.
 */
final class StoreMessages {

    private StoreMessages() {
    }

    static String english(StoreOpenException e) {
        return switch (e.reason()) {
            case LOCKED -> "The data directory is in use by another Teixit. Close it first.";
            case CORRUPT -> "The data file cannot be read (it may be damaged). Nothing was changed.";
            case NEWER_SCHEMA -> "The data file was written by a newer Teixit. Upgrade Teixit. Nothing was changed.";
            case IO -> "The data directory cannot be accessed: " + e.getMessage();
            case NO_KEY -> "This user has no key to this workstation's encrypted data: sign in with the window first, "
                    + "after a user who has one.";
            case WRONG_PASSWORD -> "Wrong user name or password.";
        };
    }

    /** The messages of a refusal ({@code e}'s errors, field by field) in {@code language}, one after another. */
    static String refusal(ValidationException e, Language language) {
        BundleTexts t = new BundleTexts(language);
        return String.join(" ", e.errors().byField().values().stream().map(p -> t.t(p.key(), p.args())).toList());
    }

    static int exitCode(StoreOpenException e) {
        return ExitCodes.of(e.reason());
    }
}
