package cat.teixit.logic.aid;

import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the simulator says about one aid. Its words are written in a language only when read ({@link #steps(Language)},
 * {@link #level(Language)}): the same result is shown in Catalan, Spanish or English.
 *
 * @param eligible true, false, or null for "cannot tell" ({@link #missing} then names the data it needs)
 * @param monthlyAmount the estimated monthly amount in euros, when the aid pays one and it could be worked out
 * @param level the band, scale or level that applies (the codes {@code VULNERABLE}, {@code SEVERELY_VULNERABLE},
 *     {@code 70%}, {@code 100%}, the same in every language; the IMV's scale, the CAPI's minors and the RGC's
 *     percentage in words), or null
 * @param discountPercent the discount or grant percentage (electricity, canteen), or null
 * @param steps the reasoning, one step a line, each with the figures and the legal source it used
 * @param missing the data the simulator would need to tell (e.g. Facts.household("constitutedMonths"))
 * @param ruleSet the rule set used (its data file), or null when none covers the date
 */
public record AidResult(Aid aid, Boolean eligible, BigDecimal monthlyAmount, Step level, BigDecimal discountPercent,
        List<Step> steps, List<String> missing, String ruleSet) {

    public AidResult {
        steps = List.copyOf(steps);
        missing = List.copyOf(missing);
    }

    /** The three answers. */
    public enum Verdict { ELIGIBLE, NOT_ELIGIBLE, CANNOT_TELL }

    public Verdict verdict() {
        return eligible == null ? Verdict.CANNOT_TELL : eligible ? Verdict.ELIGIBLE : Verdict.NOT_ELIGIBLE;
    }

    /** The reasoning as {@code language} writes it, one step a line. */
    public List<String> steps(Language language) {
        return Step.texts(steps, language);
    }

    /** The data missing as the form names them in {@code language} (the paths of {@link #missing} otherwise). */
    public List<String> missing(Language language) {
        return missing.stream().map(f -> Step.field(f, language)).toList();
    }

    /** The level as {@code language} writes it, or null. */
    public String level(Language language) {
        return level == null ? null : level.text(language);
    }
}
