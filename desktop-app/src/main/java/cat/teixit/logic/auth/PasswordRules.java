package cat.teixit.logic.auth;

import cat.teixit.logic.common.ValidationErrors;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a password chosen on the workstation must be: long enough to resist guessing offline (the verifier is
 * kept on the laptop), not the user name, not the one it replaces, not a well-known one, typed the same twice.
 * Length counts more than character classes, so a passphrase of words is fine. Stateless.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Passwords anyone tries first (lower case, compared after lower-casing). */
    private static final Set<String> WELL_KNOWN = Set.of("123456789012", "contrasenya1",
            "contrasenya123", "contraseña123", "password1234", "qwertyuiopas", "teixit2026teixit", "aaaaaaaaaaaa",
            "serveissocials", "benestarsocial");

    private PasswordRules() {
    }

    /**
     * The problems of {@code next} as a new password of {@code username} replacing {@code current}, under the
     * fields {@code newPassword} and {@code repeat}; empty when it may be used.
     */
    public static ValidationErrors check(String username, char[] current, char[] next, char[] repeat) {
        ValidationErrors errors = new ValidationErrors();
        String pw = new String(next);
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            errors.add("newPassword", "password.error.short", MIN_LENGTH);
        } else if (pw.length() > MAX_LENGTH) {
            errors.add("newPassword", "password.error.long", MAX_LENGTH);
        } else if (pw.isBlank() || pw.chars().distinct().count() < 4) {
            errors.add("newPassword", "password.error.weak");
        } else if (pw.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add("newPassword", "password.error.username");
        } else if (WELL_KNOWN.contains(pw.toLowerCase(Locale.ROOT))) {
            errors.add("newPassword", "password.error.weak");
        } else if (Arrays.equals(current, next)) {
            errors.add("newPassword", "password.error.same");
        }
        if (!Arrays.equals(next, repeat)) {
            errors.add("repeat", "password.error.repeat");
        }
        return errors;
    }
}
