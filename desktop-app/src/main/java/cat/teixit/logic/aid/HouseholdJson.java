package cat.teixit.logic.aid;

import cat.teixit.logic.settings.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The simulator's JSON: a household read from it (documented in {@code docs/aids.md}; unknown fields refused, absent
 * ones unknown) and the results written to it. Stateless and thread-safe.
 */
public final class HouseholdJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> TOP = Set.of("date", "municipality", "household", "members");
    private static final Set<String> HOUSEHOLD = Set.of("netAssetsExcludingHome", "constitutedMonths",
            "independentLivingMonths", "largeFamily", "followedBySocialServices", "electricityRegulatedTariff",
            "electricityDependent", "terrorismVictim");
    private static final Set<String> MEMBER = Set.of("id", "birthDate", "role", "disabilityPercent", "dependencyGrade",
            "annualNetIncome", "incomeKind", "monthsResidentSpain", "monthsResidentCatalonia", "singleParentWithCustody",
            "genderViolenceVictim", "careLeaver");

    private HouseholdJson() {
    }

    /**
     * The household in {@code json}, on {@code date} when given (else the file's date, else {@code today}), checked.
     *
     * @throws InvalidHouseholdException with a message naming the field that is wrong
     */
    public static Household read(String json, LocalDate date, LocalDate today) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidHouseholdException("The file is not valid JSON (line " + e.getLocation().getLineNr() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidHouseholdException("The file must hold a JSON object with \"household\" and \"members\".");
        }
        known(root, TOP, "");
        LocalDate on = date != null ? date : root.hasNonNull("date") ? date(root.get("date"), "date") : today;
        JsonNode h = root.path("household");
        if (!h.isMissingNode() && !h.isNull() && !h.isObject()) {
            throw new InvalidHouseholdException("\"household\" must be an object.");
        }
        known(h, HOUSEHOLD, "household.");
        JsonNode ms = root.path("members");
        if (!ms.isArray()) {
            throw new InvalidHouseholdException("\"members\" must be a list of the household's members.");
        }
        List<Household.Member> members = new ArrayList<>();
        int i = 0;
        for (JsonNode m : ms) {
            String at = "members[" + i++ + "].";
            if (!m.isObject()) {
                throw new InvalidHouseholdException(at.substring(0, at.length() - 1) + " must be an object.");
            }
            known(m, MEMBER, at);
            String id = m.hasNonNull("id") ? text(m.get("id"), at + "id") : String.valueOf(i);
            members.add(new Household.Member(id, m.hasNonNull("birthDate") ? date(m.get("birthDate"), at + "birthDate") : null,
                    choice(m.get("role"), Household.Role.class, at + "role"), integer(m.get("disabilityPercent"), at + "disabilityPercent"),
                    integer(m.get("dependencyGrade"), at + "dependencyGrade"), money(m.get("annualNetIncome"), at + "annualNetIncome"),
                    choice(m.get("incomeKind"), Household.IncomeKind.class, at + "incomeKind"),
                    integer(m.get("monthsResidentSpain"), at + "monthsResidentSpain"),
                    integer(m.get("monthsResidentCatalonia"), at + "monthsResidentCatalonia"),
                    bool(m.get("singleParentWithCustody"), at + "singleParentWithCustody"),
                    bool(m.get("genderViolenceVictim"), at + "genderViolenceVictim"), bool(m.get("careLeaver"), at + "careLeaver")));
        }
        String municipality = root.hasNonNull("municipality") ? text(root.get("municipality"), "municipality") : null;
        return Household.validated(new Household(on, municipality, money(h.get("netAssetsExcludingHome"), Facts.household("netAssetsExcludingHome")),
                integer(h.get("constitutedMonths"), Facts.household("constitutedMonths")),
                integer(h.get("independentLivingMonths"), Facts.household("independentLivingMonths")),
                bool(h.get("largeFamily"), Facts.household("largeFamily")),
                bool(h.get("followedBySocialServices"), Facts.household("followedBySocialServices")),
                bool(h.get("electricityRegulatedTariff"), Facts.household("electricityRegulatedTariff")),
                bool(h.get("electricityDependent"), Facts.household("electricityDependent")),
                bool(h.get("terrorismVictim"), Facts.household("terrorismVictim")), members));
    }

    /**
     * The results as {@code {"date": ..., "results": [...]}}, amounts as JSON numbers with two decimals, the steps and
     * the level in words in {@code language} (field names and codes are the same in every language).
     */
    public static String write(LocalDate date, List<AidResult> results, Language language) {
        ObjectNode root = JSON.createObjectNode();
        root.put("date", date.toString());
        ArrayNode list = root.putArray("results");
        for (AidResult r : results) {
            ObjectNode o = list.addObject();
            o.put("aid", r.aid().name());
            if (r.eligible() == null) {
                o.putNull("eligible");
            } else {
                o.put("eligible", r.eligible());
            }
            putNumber(o, "monthlyAmount", r.monthlyAmount());
            if (r.level() == null) {
                o.putNull("level");
            } else {
                o.put("level", r.level(language));
            }
            putNumber(o, "discountPercent", r.discountPercent());
            ArrayNode steps = o.putArray("steps");
            r.steps(language).forEach(steps::add);
            ArrayNode missing = o.putArray("missing");
            r.missing().forEach(missing::add);
            if (r.ruleSet() == null) {
                o.putNull("ruleSet");
            } else {
                o.put("ruleSet", r.ruleSet());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode o, String key, BigDecimal value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value.stripTrailingZeros().scale() <= 0 ? value.setScale(0) : value);
        }
    }

    private static void known(JsonNode node, Set<String> fields, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new InvalidHouseholdException("Unknown field " + at + f + " (known: " + String.join(", ", fields.stream().sorted().toList()) + ").");
            }
        }
    }

    private static String text(JsonNode n, String at) {
        if (!n.isTextual()) {
            throw new InvalidHouseholdException(at + " must be text.");
        }
        return n.asText();
    }

    private static LocalDate date(JsonNode n, String at) {
        try {
            return LocalDate.parse(text(n, at));
        } catch (DateTimeParseException e) {
            throw new InvalidHouseholdException(at + " must be a date as YYYY-MM-DD, not " + n.asText() + ".");
        }
    }

    private static Integer integer(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw new InvalidHouseholdException(at + " must be a whole number.");
        }
        return n.intValue();
    }

    private static BigDecimal money(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw new InvalidHouseholdException(at + " must be a number of euros.");
        }
        BigDecimal v = n.decimalValue();
        if (v.stripTrailingZeros().scale() > 2) {
            throw new InvalidHouseholdException(at + " has more than two decimals.");
        }
        return v;
    }

    private static Boolean bool(JsonNode n, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            throw new InvalidHouseholdException(at + " must be true or false.");
        }
        return n.booleanValue();
    }

    private static <E extends Enum<E>> E choice(JsonNode n, Class<E> type, String at) {
        if (n == null || n.isNull()) {
            return null;
        }
        String v = text(n, at).strip().toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new InvalidHouseholdException(at + " must be one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList())
                    + ", not " + n.asText() + ".");
        }
    }
}
