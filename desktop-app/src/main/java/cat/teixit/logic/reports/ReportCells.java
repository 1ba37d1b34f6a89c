package cat.teixit.logic.reports;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.settings.Language;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A table cell as people read it (the printed report, the window): numbers grouped, amounts in euros, dd/mm/yyyy. */
public final class ReportCells {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportCells() {
    }

    /** The cell's text in {@code language}. */
    public static String text(Object cell, Language language) {
        return switch (cell) {
            case null -> "";
            case Long n -> NumberFormat.getIntegerInstance(language.locale()).format(n);
            case Double d -> {
                NumberFormat f = NumberFormat.getNumberInstance(language.locale());
                f.setMinimumFractionDigits(1);
                f.setMaximumFractionDigits(1);
                yield f.format(d);
            }
            case ReportTable.Cents c -> Amounts.format(c.cents(), language);
            case ReportTable.Change c -> {
                DecimalFormat f = (DecimalFormat) NumberFormat.getIntegerInstance(language.locale());
                f.setPositivePrefix("+");
                yield c.value() == 0 ? "0" : f.format(c.value());
            }
            case LocalDate d -> date(d);
            default -> String.valueOf(cell);
        };
    }

    /** True for a figure (shown aligned right). */
    public static boolean isNumber(Object cell) {
        return cell instanceof Long || cell instanceof Double || cell instanceof ReportTable.Cents
                || cell instanceof ReportTable.Change;
    }

    static String date(LocalDate d) {
        return DATE.format(d);
    }
}
