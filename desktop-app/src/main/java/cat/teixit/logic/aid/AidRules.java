package cat.teixit.logic.aid;

import java.util.List;
import java.util.Map;

/** The rules of one aid: which figures its data files must hold and how a household is assessed with them. */
interface AidRules {

    /** The figures every rule set of this aid must have. */
    List<String> figureKeys();

    /** The assessment of {@code facts} with {@code rules}; {@code earlier} holds the aids already assessed. */
    AidResult assess(Facts facts, RuleSet rules, Map<Aid, AidResult> earlier);

    static AidRules of(Aid aid) {
        return switch (aid) {
            case IMV -> new ImvRules();
            case IMV_CAPI -> new CapiRules();
            case RGC -> new RgcRules();
            case BONO_SOCIAL_ELECTRICO -> new BonoSocialRules();
            case MENJADOR_BCN -> new MenjadorBcnRules();
        };
    }
}
