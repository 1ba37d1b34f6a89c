package cat.teixit.logic.casefile;

import cat.teixit.logic.search.PersonHit;
import java.util.List;

/**
 * An existing person the duplicate warning lists, with the score that ranks it (the sum of the
 * weights of its reasons) and the reasons, strongest kind first. Immutable.
 */
public record SimilarPerson(PersonHit person, int score, List<SimilarityReason> reasons) {

    public SimilarPerson {
        reasons = List.copyOf(reasons);
    }
}
