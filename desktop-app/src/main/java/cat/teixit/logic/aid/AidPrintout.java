package cat.teixit.logic.aid;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of the {@code aid} placeholder of the document template {@code aid-simulation}: the date, the aids the
 * household may receive (name, administration, amount, reasoning) and their monthly total. Stateless.
 */
public final class AidPrintout {

    private AidPrintout() {
    }

    /** The aid's name as people know it, in {@code language}. */
    public static String name(Aid aid, Language language) {
        boolean ca = language == Language.CATALAN;
        boolean es = language == Language.SPANISH;
        return switch (aid) {
            case IMV -> ca ? "Ingrés mínim vital (IMV)" : es ? "Ingreso mínimo vital (IMV)" : "Minimum living income (IMV)";
            case IMV_CAPI -> ca ? "Complement d’ajuda per a la infància (IMV)" : es ? "Complemento de ayuda para la infancia (IMV)"
                    : "Child support supplement (IMV)";
            case RGC -> ca ? "Renda garantida de ciutadania" : es ? "Renta garantizada de ciudadanía" : "Guaranteed citizenship income (RGC)";
            case BONO_SOCIAL_ELECTRICO -> ca ? "Bo social elèctric" : es ? "Bono social eléctrico" : "Electricity social discount";
            case MENJADOR_BCN -> ca ? "Ajut individual de menjador escolar" : es ? "Ayuda individual de comedor escolar"
                    : "School canteen grant";
        };
    }

    /** Who grants it. */
    public static String administration(Aid aid, Language language) {
        return switch (aid) {
            case IMV, IMV_CAPI -> language == Language.CATALAN ? "Seguretat Social (INSS)" : "Seguridad Social (INSS)";
            case RGC -> "Generalitat de Catalunya";
            case BONO_SOCIAL_ELECTRICO -> language == Language.CATALAN ? "Comercialitzadora de referència (Estat)"
                    : language == Language.SPANISH ? "Comercializadora de referencia (Estado)" : "Reference supplier (State)";
            case MENJADOR_BCN -> "Consorci d’Educació de Barcelona";
        };
    }

    /** The amount column: euros a month, or the discount or grant percentage. */
    public static String amount(AidResult r, Language language) {
        if (r.monthlyAmount() != null) {
            return Amounts.format(cents(r.monthlyAmount()), language) + (language == Language.ENGLISH ? "/month" : "/mes");
        }
        if (r.discountPercent() != null) {
            return Amounts.number(r.discountPercent(), language) + (language == Language.ENGLISH ? "%" : "\u00a0%");
        }
        return "";
    }

    /** The {@code aid} map of the template: only the aids the household is eligible for are listed. */
    public static Map<String, Object> of(LocalDate date, List<AidResult> results, Language language) {
        List<Map<String, Object>> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AidResult r : results) {
            if (!Boolean.TRUE.equals(r.eligible())) {
                continue;
            }
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", name(r.aid(), language));
            i.put("administration", administration(r.aid(), language));
            i.put("amount", amount(r, language));
            List<String> steps = r.steps(language);
            i.put("reasoning", String.join(" ", steps.subList(1, steps.size())));
            items.add(i);
            if (r.monthlyAmount() != null) {
                total = total.add(r.monthlyAmount());
            }
        }
        Map<String, Object> aid = new LinkedHashMap<>();
        aid.put("date", date.format(DateTimeFormatter.ofPattern(language == Language.ENGLISH ? "d/M/yyyy" : "dd/MM/yyyy")));
        aid.put("items", items);
        aid.put("total", Amounts.format(cents(total), language));
        return aid;
    }

    private static long cents(BigDecimal euros) {
        return euros.setScale(2, java.math.RoundingMode.DOWN).movePointRight(2).longValueExact();
    }
}
