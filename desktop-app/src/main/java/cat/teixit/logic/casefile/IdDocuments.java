package cat.teixit.logic.casefile;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spanish identity documents: DNI (8 digits and a check letter) and NIE (X/Y/Z, 7 digits, letter).
 * The letter is {@code TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]}. Stateless.
 */
public final class IdDocuments {

    public static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

    private IdDocuments() {
    }

    /** Upper case, without spaces, dots or dashes ("12.345.678-z" becomes "12345678Z"). */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    }

    /** Outcome of checking a document number. */
    public enum Check {
        OK, BAD_FORMAT, BAD_LETTER
    }

    public static Check checkDni(String normalized) {
        if (normalized == null || !DNI.matcher(normalized).matches()) {
            return Check.BAD_FORMAT;
        }
        int n = Integer.parseInt(normalized.substring(0, 8));
        return LETTERS.charAt(n % 23) == normalized.charAt(8) ? Check.OK : Check.BAD_LETTER;
    }

    public static Check checkNie(String normalized) {
        if (normalized == null || !NIE.matcher(normalized).matches()) {
            return Check.BAD_FORMAT;
        }
        int prefix = "XYZ".indexOf(normalized.charAt(0));
        int n = Integer.parseInt(prefix + normalized.substring(1, 8));
        return LETTERS.charAt(n % 23) == normalized.charAt(8) ? Check.OK : Check.BAD_LETTER;
    }

    public static boolean isPlausiblePassport(String normalized) {
        return normalized != null && PASSPORT.matcher(normalized).matches();
    }

    /** The check letter of a DNI number (for tests and synthetic data). */
    public static char dniLetter(int number) {
        return LETTERS.charAt(number % 23);
    }
}
