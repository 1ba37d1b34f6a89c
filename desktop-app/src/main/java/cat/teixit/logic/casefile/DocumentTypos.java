package cat.teixit.logic.casefile;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Document numbers one typo apart: one character replaced, added or dropped, or two neighbours
 * swapped (the optimal string alignment distance is 1). Works on normalised numbers
 * ({@link IdDocuments#normalize}). Stateless.
 */
final class DocumentTypos {

    /** Normalised numbers are upper-case letters and digits. */
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Longer numbers are not looked up by their variants (passports have at most 20 characters). */
    static final int MAX_LENGTH = 24;

    private DocumentTypos() {
    }

    /**
     * Every number one typo away from {@code doc} (about 75 per character), for an index lookup;
     * empty for a number too short or too long to tell a typo from another document.
     */
    static Set<String> variants(String doc) {
        Set<String> out = new LinkedHashSet<>();
        int n = doc.length();
        if (n < 4 || n > MAX_LENGTH) {
            return out;
        }
        StringBuilder b = new StringBuilder(doc);
        for (int i = 0; i < n; i++) {
            char original = doc.charAt(i);
            for (int k = 0; k < ALPHABET.length(); k++) {
                b.setCharAt(i, ALPHABET.charAt(k));
                out.add(b.toString());
            }
            b.setCharAt(i, original);
            out.add(doc.substring(0, i) + doc.substring(i + 1));
            if (i + 1 < n) {
                out.add(doc.substring(0, i) + doc.charAt(i + 1) + original + doc.substring(i + 2));
            }
        }
        for (int i = 0; i <= n; i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                out.add(doc.substring(0, i) + ALPHABET.charAt(k) + doc.substring(i));
            }
        }
        out.remove(doc);
        return out;
    }

    /** True when {@code a} and {@code b} differ by exactly one typo. */
    static boolean oneApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (a.length() != b.length()) {
            String longer = a.length() > b.length() ? a : b;
            String shorter = longer == a ? b : a;
            return longer.substring(start + 1).equals(shorter.substring(start));
        }
        if (a.substring(start + 1).equals(b.substring(start + 1))) {
            return true;
        }
        return start + 1 < a.length() && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                && a.substring(start + 2).equals(b.substring(start + 2));
    }
}
