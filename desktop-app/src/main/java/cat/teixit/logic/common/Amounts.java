package cat.teixit.logic.common;

import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts of money, kept as euro cents: shown as people write them ({@code 1.240,00 €} in Catalan
 * and Spanish, {@code €1,240.00} in English) and read back from what they type. The one place that
 * formats or parses an amount. Thread-safe (formats are created per call: {@link NumberFormat} is not).
 */
public final class Amounts {

    private static final Currency EURO = Currency.getInstance("EUR");

    private Amounts() {
    }

    /** The locale of amounts in {@code language}: a currency needs a country, or Java prints ¤. */
    private static Locale locale(Language language) {
        return switch (language) {
            case CATALAN -> Locale.forLanguageTag("ca-ES");
            case SPANISH -> Locale.forLanguageTag("es-ES");
            case ENGLISH -> Locale.forLanguageTag("en-IE");
        };
    }

    /** {@code 124000} cents as {@code 1.240,00 €} (ca, es) or {@code €1,240.00} (en). */
    public static String format(long cents, Language language) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale(language));
        f.setCurrency(EURO);
        return f.format(BigDecimal.valueOf(cents, 2));
    }

    /**
     * {@code euros} as an amount in {@code language}: two decimals, or as many as it has beyond them (a figure before
     * it is truncated: {@code 7.905,3333 €} in Catalan, {@code €7,905.3333} in English).
     */
    public static String format(BigDecimal euros, Language language) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale(language));
        f.setCurrency(EURO);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(Math.max(2, euros.stripTrailingZeros().scale()));
        return f.format(euros);
    }

    /**
     * A plain number (a coefficient, a percentage) as {@code language} writes it, without trailing zeros: {@code 1,52}
     * in Catalan and Spanish, {@code 1.52} in English.
     */
    public static String number(BigDecimal n, Language language) {
        NumberFormat f = NumberFormat.getNumberInstance(locale(language));
        f.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return f.format(n);
    }

    /** Like {@link #format(long, Language)}, empty for no amount. */
    public static String format(Long cents, Language language) {
        return cents == null ? "" : format(cents.longValue(), language);
    }

    /**
     * The cents of an amount typed in euros, in any language's way: {@code 1240}, {@code 1.240,5},
     * {@code 1240,50 €}, {@code €1,240.50}, {@code 1240.5}. The last point or comma is the decimal
     * separator when one or two digits follow it; other points or commas (all the same one) group
     * thousands. Empty for anything else: negative, more than two decimals, letters, mixed grouping,
     * and a lone separator before three digits ({@code 1.234}, {@code 12,345}), which reads as
     * thousands in one language and as decimals in another: the user is asked, never guessed for.
     */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.replace("€", "").replace("EUR", "").replace('\u00a0', ' ').replace(" ", "").strip();
        if (!t.matches("[0-9.,]+")) {
            return Optional.empty();
        }
        int last = Math.max(t.lastIndexOf(','), t.lastIndexOf('.'));
        String whole = t;
        String decimals = "";
        if (last >= 0 && t.length() - last - 1 <= 2) {
            whole = t.substring(0, last);
            decimals = t.substring(last + 1);
            if (decimals.isEmpty() || whole.indexOf(t.charAt(last)) >= 0) {
                return Optional.empty();
            }
        }
        boolean grouped = whole.contains(".") || whole.contains(",");
        if (decimals.isEmpty() && grouped && whole.length() - Math.max(whole.indexOf('.'), whole.indexOf(',')) == 4
                && whole.chars().filter(ch -> ch == '.' || ch == ',').count() == 1) {
            return Optional.empty();
        }
        if (!whole.matches("0|[1-9][0-9]*") && !(grouped && whole.matches("[1-9][0-9]{0,2}([.,][0-9]{3})+")
                && !(whole.contains(".") && whole.contains(",")))) {
            return Optional.empty();
        }
        try {
            long euros = Long.parseLong(whole.replace(".", "").replace(",", ""));
            long cents = decimals.isEmpty() ? 0 : Long.parseLong(decimals.length() == 1 ? decimals + "0" : decimals);
            return Optional.of(Math.addExact(Math.multiplyExact(euros, 100), cents));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty(); // more than a long holds
        }
    }
}
