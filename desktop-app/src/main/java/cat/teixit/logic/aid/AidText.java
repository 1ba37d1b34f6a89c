package cat.teixit.logic.aid;

import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.settings.Language;
import java.time.LocalDate;
import java.util.List;

/**
 * The results as plain text for a terminal, in a language: one block per aid (its code and name), the verdict, the
 * amount, the steps.
 */
public final class AidText {

    private AidText() {
    }

    public static String render(LocalDate date, List<AidResult> results, Language language) {
        BundleTexts t = new BundleTexts(language);
        StringBuilder b = new StringBuilder(t.t("aid.text.title", Step.day(date, language))).append('\n');
        for (AidResult r : results) {
            b.append('\n').append(r.aid()).append(" — ").append(AidPrintout.name(r.aid(), language)).append(": ")
                    .append(switch (r.verdict()) {
                        case ELIGIBLE -> t.t("aid.verdict.eligible");
                        case NOT_ELIGIBLE -> t.t("aid.verdict.notEligible");
                        case CANNOT_TELL -> t.t("aid.text.cannotTell", String.join(", ", r.missing(language)));
                    });
            String amount = AidPrintout.amount(r, language);
            if (!amount.isEmpty()) {
                b.append(", ").append(amount);
            }
            if (r.level() != null) {
                b.append(" (").append(r.level(language)).append(')');
            }
            b.append('\n');
            for (String s : r.steps(language)) {
                b.append("  - ").append(s).append('\n');
            }
        }
        return b.toString();
    }
}
