package cat.teixit.logic.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by validation and search. Stateless. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** Trimmed, inner runs of spaces folded; null for blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = SPACES.matcher(s.strip()).replaceAll(" ");
        return t.isEmpty() ? null : t;
    }

    /** Lower case without accents, "l·l" as "ll": for comparing names the way people read them. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s.replace("·", "").replace("ŀ", "l").replace("Ŀ", "L"), Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * A form's text cleaned (blank: null) and checked for its length and characters, any problem added to {@code e}
     * under {@code field}.
     */
    public static String checked(ValidationErrors e, String field, String raw, int max) {
        String t = raw == null || raw.isBlank() ? null : raw.strip();
        if (t != null && t.length() > max) {
            e.add(field, "validation.tooLong", max);
        } else if (t != null && !isPrintable(t.replace('\n', ' '))) {
            e.add(field, "validation.badCharacters");
        }
        return t;
    }

    /** True when the text has no control characters other than tab and newline. */
    public static boolean isPrintable(String s) {
        return s == null || s.chars().noneMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\t' && ch != '\r');
    }
}
