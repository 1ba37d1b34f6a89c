package cat.teixit.logic.casefile;

import cat.teixit.logic.common.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The duplicate rules: why an existing person may be the one typed, as {@link SimilarityReason}s,
 * and the score that ranks them. Names compare without accents, case, "l·l" or punctuation. Stateless.
 */
final class PersonSimilarity {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PersonSimilarity() {
    }

    /**
     * A person as the rules compare them: the given name and each surname folded (see {@link #key}),
     * the surnames present in order, the normalised document number (null without one).
     */
    record Profile(String given, List<String> surnames, LocalDate birthDate, String docType, String doc) {

        static Profile of(String given, String surname1, String surname2, LocalDate birthDate, String docType,
                String doc) {
            List<String> surnames = new ArrayList<>(2);
            for (String s : new String[] {surname1, surname2}) {
                String k = key(s);
                if (!k.isEmpty()) {
                    surnames.add(k);
                }
            }
            String d = "NONE".equals(docType) ? null : IdDocuments.normalize(Texts.clean(doc));
            return new Profile(key(given), List.copyOf(surnames), birthDate, docType, d);
        }
    }

    /** A name folded for comparing: lower case, no accents, "l·l" as "ll", words joined by one space. */
    static String key(String name) {
        return String.join(" ", NOT_WORD.splitAsStream(Texts.fold(name)).filter(w -> !w.isEmpty()).toList());
    }

    /**
     * Why {@code existing} may be {@code typed}; empty when it should not be listed. Listed: a name
     * reason with a birth-date reason, or a document one typo away (of the same type; of another type
     * only with a name reason too, as a different document of another type proves nothing alone).
     */
    static Set<SimilarityReason> reasons(Profile typed, Profile existing) {
        SimilarityReason name = nameReason(typed, existing);
        SimilarityReason date = dateReason(typed.birthDate(), existing.birthDate());
        boolean typo = typed.doc() != null && existing.doc() != null && DocumentTypos.oneApart(typed.doc(), existing.doc());
        boolean typoCounts = typo && (name != null || typed.docType().equals(existing.docType()));
        Set<SimilarityReason> reasons = EnumSet.noneOf(SimilarityReason.class);
        if (!typoCounts && (name == null || date == null)) {
            return reasons;
        }
        if (typoCounts) {
            reasons.add(SimilarityReason.DOCUMENT_TYPO);
        }
        if (name != null) {
            reasons.add(name);
        }
        if (date != null && (name != null || date != SimilarityReason.NO_BIRTH_DATE)) {
            reasons.add(date);
        }
        return reasons;
    }

    /** The rank of a listed person: the sum of the weights of its reasons. */
    static int score(Set<SimilarityReason> reasons) {
        return reasons.stream().mapToInt(SimilarityReason::weight).sum();
    }

    private static SimilarityReason nameReason(Profile a, Profile b) {
        List<String> x = a.surnames();
        List<String> y = b.surnames();
        if (a.given().isEmpty() || !a.given().equals(b.given()) || x.isEmpty() || y.isEmpty()) {
            return null;
        }
        if (x.equals(y)) {
            return SimilarityReason.SAME_NAME;
        }
        if (x.size() == 2 && y.size() == 2 && x.get(0).equals(y.get(1)) && x.get(1).equals(y.get(0))) {
            return SimilarityReason.SURNAMES_SWAPPED;
        }
        if (x.size() == 1 && y.size() == 2 && y.contains(x.getFirst())
                || y.size() == 1 && x.size() == 2 && x.contains(y.getFirst())) {
            return SimilarityReason.SURNAME_MISSING;
        }
        return null;
    }

    private static SimilarityReason dateReason(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return SimilarityReason.NO_BIRTH_DATE;
        }
        if (a.equals(b)) {
            return SimilarityReason.SAME_BIRTH_DATE;
        }
        if (a.getYear() != b.getYear()) {
            return null;
        }
        boolean swapped = a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth();
        return swapped ? SimilarityReason.DAY_MONTH_SWAPPED : SimilarityReason.SAME_BIRTH_YEAR;
    }
}
