package cat.teixit.logic.aid;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.util.List;

/** The results as plain text for a terminal or a printout: one block per aid, the verdict, the amount, the steps. */
public final class AidText {

    private AidText() {
    }

    public static String render(java.time.LocalDate date, List<AidResult> results) {
        StringBuilder b = new StringBuilder("Aid simulation on ").append(date).append(" (an estimate, not a decision)\n");
        for (AidResult r : results) {
            b.append('\n').append(r.aid()).append(": ").append(switch (r.verdict()) {
                case ELIGIBLE -> "eligible";
                case NOT_ELIGIBLE -> "not eligible";
                case CANNOT_TELL -> "cannot tell (missing: " + String.join(", ", r.missing()) + ")";
            });
            if (r.monthlyAmount() != null) {
                b.append(", ").append(euros(r.monthlyAmount())).append(" a month");
            }
            if (r.discountPercent() != null) {
                b.append(", ").append(r.discountPercent().stripTrailingZeros().toPlainString()).append('%');
            }
            if (r.level() != null) {
                b.append(" [").append(r.level()).append(']');
            }
            b.append('\n');
            for (String s : r.steps()) {
                b.append("  - ").append(s).append('\n');
            }
        }
        return b.toString();
    }

    private static String euros(BigDecimal amount) {
        return Amounts.format(amount.movePointRight(2).longValueExact(), Language.ENGLISH);
    }
}
