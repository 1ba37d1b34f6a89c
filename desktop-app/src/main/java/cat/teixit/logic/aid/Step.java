package cat.teixit.logic.aid;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One step of an aid's reasoning, or a phrase inside one: a key of the message bundles ({@code aid.step.*},
 * {@code aid.level.*}) and its arguments, written in a language only when read ({@link #text(Language)}), so that the
 * same result is shown in Catalan, Spanish or English. Immutable.
 *
 * <p>Arguments: {@link Money} (written as the language writes euros), {@link Decimal} (a coefficient, a percentage:
 * the language's decimal separator), {@link Source} (a legal source as its data file cites it, marked when
 * unverified), a {@link LocalDate}, a whole number (kept as a number for the bundles' choice formats), another step (a
 * phrase), a list of steps (joined) or a string shown as it is (a member's id, a municipality, a file name).
 *
 * @param key the message key, or null for a {@link #literal} (a code such as {@code VULNERABLE}, the same in every
 *     language)
 */
public record Step(String key, List<Object> args) {

    /** Euros, written with two decimals or more when the figure has them. */
    public record Money(BigDecimal euros) {
    }

    /** A plain number without trailing zeros. */
    public record Decimal(BigDecimal value) {
    }

    /**
     * A datum the simulator lacks, named by its path in the household file ({@code household.constitutedMonths},
     * {@code members[a].monthsResidentSpain}) and written as the form names it in the language.
     */
    public record Field(String path) {
    }

    /** A legal source as its data file words it (a citation: never translated), with "unverified" in the language. */
    public record Source(String citation, boolean unverified) {
    }

    private static final Map<Language, BundleTexts> TEXTS = new EnumMap<>(Language.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final java.util.regex.Pattern MEMBER = java.util.regex.Pattern.compile("members\\[(.*)]\\.(\\w+)");

    static {
        for (Language l : Language.values()) {
            TEXTS.put(l, new BundleTexts(l));
        }
    }

    public Step {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    static Step of(String key, Object... args) {
        return new Step(key, Arrays.asList(args));
    }

    /** A text that is the same in every language (a code). */
    static Step literal(String text) {
        return new Step(null, List.of(text));
    }

    static Money eur(BigDecimal euros) {
        return new Money(euros);
    }

    static Decimal num(BigDecimal n) {
        return new Decimal(n);
    }

    /** The step as {@code language} writes it. */
    public String text(Language language) {
        if (key == null) {
            return String.valueOf(args.getFirst());
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(args.get(i), language);
        }
        return TEXTS.get(language).t(key, values);
    }

    /** Each step as {@code language} writes it. */
    public static List<String> texts(List<Step> steps, Language language) {
        List<String> out = new ArrayList<>(steps.size());
        for (Step s : steps) {
            out.add(s.text(language));
        }
        return out;
    }

    /** A date as {@code language} writes it in an explanation: {@code 01/06/2025}, ISO in English. */
    public static String day(LocalDate date, Language language) {
        return language == Language.ENGLISH ? date.toString() : date.format(DAY);
    }

    /**
     * A field of the household file as {@code language} names it ({@code mesos de la unitat de convivència}, {@code
     * Anna: ingressos nets anuals}); a path it does not know (a rule set, an aid) as it is.
     */
    public static String field(String path, Language language) {
        BundleTexts t = TEXTS.get(language);
        java.util.regex.Matcher m = MEMBER.matcher(path);
        if (m.matches()) {
            String key = fieldKey(m.group(2));
            return key == null ? path : t.t("aid.field.member", m.group(1), t.t(key));
        }
        String key = fieldKey(path.startsWith("household.") ? path.substring("household.".length()) : path);
        return key == null ? path : t.t(key);
    }

    private static String fieldKey(String name) {
        return switch (name) {
            case "constitutedMonths" -> "aid.field.constitutedMonths";
            case "independentLivingMonths" -> "aid.field.independentLivingMonths";
            case "netAssetsExcludingHome" -> "aid.field.netAssetsExcludingHome";
            case "electricityRegulatedTariff" -> "aid.field.electricityRegulatedTariff";
            case "followedBySocialServices" -> "aid.field.followedBySocialServices";
            case "municipality" -> "aid.field.municipality";
            case "monthsResidentSpain" -> "aid.field.monthsResidentSpain";
            case "monthsResidentCatalonia" -> "aid.field.monthsResidentCatalonia";
            case "annualNetIncome" -> "aid.field.annualNetIncome";
            case "incomeKind" -> "aid.field.incomeKind";
            default -> null;
        };
    }

    private static Object value(Object arg, Language language) {
        return switch (arg) {
            case null -> "";
            case Money m -> Amounts.format(m.euros(), language);
            case Decimal d -> Amounts.number(d.value(), language);
            case Source s -> s.unverified() ? s.citation() + " " + TEXTS.get(language).t("aid.step.unverified") : s.citation();
            case LocalDate d -> day(d, language);
            case Field f -> field(f.path(), language);
            case Step s -> s.text(language);
            case List<?> list -> list.stream().map(o -> String.valueOf(value(o, language)))
                    .collect(Collectors.joining(", "));
            case Integer i -> i;
            case Long l -> l;
            default -> String.valueOf(arg);
        };
    }
}
