package cat.teixit.logic.aid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every rule set the simulator knows: those bundled in {@code aid-rules/} (listed in {@code aid-rules/index.txt}) and
 * any {@code *.properties} in a directory of the workstation (a new year's figures). For a date, an aid's rule set
 * is the one whose period covers it; when two do, the one that starts later wins, and between two that start on the
 * same day, the one loaded later (a local file over a bundled one). Immutable and thread-safe once loaded.
 */
public final class RuleBook {

    private static final String BUNDLED = "/aid-rules/";

    private final Map<Aid, List<RuleSet>> byAid;

    private RuleBook(Map<Aid, List<RuleSet>> byAid) {
        this.byAid = byAid;
    }

    /** The bundled rule sets only. */
    public static RuleBook bundled() {
        return load(null);
    }

    /** A rule set's file name and text (as the council loaded it, synced). */
    public record Text(String name, String content) {
    }

    /**
     * The bundled rule sets, then those in {@code extra} (ignored when null or absent).
     *
     * @throws InvalidRuleSetException when a data file is not a valid rule set (its name and what is wrong)
     */
    public static RuleBook load(Path extra) {
        return load(List.of(), extra);
    }

    /**
     * The bundled rule sets, then the council's ({@code centre}: each was checked when loaded; one this version cannot
     * read is left out, and logged by its name), then those in {@code extra}: a later one wins a tie.
     *
     * @throws InvalidRuleSetException when a data file of {@code extra} is not a valid rule set
     */
    public static RuleBook load(List<Text> centre, Path extra) {
        List<RuleSet> sets = new ArrayList<>();
        bundled(sets);
        for (Text t : centre) {
            try {
                sets.add(parse(t.name(), new java.io.StringReader(t.content())));
            } catch (InvalidRuleSetException | IOException e) {
                org.slf4j.LoggerFactory.getLogger(RuleBook.class).warn("Council rule set ignored: {}", t.name());
            }
        }
        try {
            if (extra != null && Files.isDirectory(extra)) {
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(extra, "*.properties")) {
                    ds.forEach(files::add);
                }
                files.sort(Comparator.comparing(Path::toString));
                for (Path f : files) {
                    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        sets.add(parse(f.getFileName().toString(), r));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(sets);
    }

    private static void bundled(List<RuleSet> sets) {
        try (InputStream index = RuleBook.class.getResourceAsStream(BUNDLED + "index.txt")) {
            if (index == null) {
                throw new IllegalStateException("aid-rules/index.txt is missing from the application");
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (name.isBlank()) {
                    continue;
                }
                try (InputStream in = RuleBook.class.getResourceAsStream(BUNDLED + name.strip())) {
                    if (in == null) {
                        throw new IllegalStateException("aid-rules/" + name + " is listed but missing");
                    }
                    sets.add(parse(name.strip(), new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule book of exactly these rule sets (later ones win ties). */
    public static RuleBook of(List<RuleSet> sets) {
        Map<Aid, List<RuleSet>> byAid = new EnumMap<>(Aid.class);
        for (RuleSet s : sets) {
            byAid.computeIfAbsent(s.aid(), a -> new ArrayList<>()).add(s);
        }
        byAid.replaceAll((a, l) -> List.copyOf(l));
        return new RuleBook(byAid);
    }

    /** Reads one rule set (a properties text); throws {@link InvalidRuleSetException} naming {@code name}. */
    public static RuleSet parse(String name, Reader text) throws IOException {
        Properties p = new Properties();
        p.load(text);
        String aid = p.getProperty("aid");
        if (aid == null) {
            throw new InvalidRuleSetException(name + ": no aid");
        }
        Aid a;
        LocalDate from;
        LocalDate to;
        try {
            a = Aid.valueOf(aid.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleSetException(name + ": unknown aid " + aid);
        }
        try {
            from = LocalDate.parse(p.getProperty("effectiveFrom", "").strip());
            to = LocalDate.parse(p.getProperty("effectiveTo", "").strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRuleSetException(name + ": effectiveFrom and effectiveTo must be dates (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw new InvalidRuleSetException(name + ": effectiveTo is before effectiveFrom");
        }
        Map<String, RuleSet.Figure> figures = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.contains(".") || key.equals("aid") || key.startsWith("effective")) {
                continue;
            }
            String value = p.getProperty(key).strip();
            for (String n : value.split(",")) {
                try {
                    new java.math.BigDecimal(n.strip());
                } catch (NumberFormatException e) {
                    throw new InvalidRuleSetException(name + ": " + key + " is not a number or a list of numbers");
                }
            }
            String source = p.getProperty(key + ".source");
            if (source == null || source.isBlank()) {
                throw new InvalidRuleSetException(name + ": " + key + " has no source (" + key + ".source)");
            }
            figures.put(key, new RuleSet.Figure(value, source.strip(),
                    Boolean.parseBoolean(p.getProperty(key + ".unverified", "false").strip())));
        }
        RuleSet set = new RuleSet(a, from, to, name, figures);
        for (String key : AidRules.of(a).figureKeys()) {
            if (!figures.containsKey(key)) {
                throw new InvalidRuleSetException(name + ": the figure " + key + " is missing");
            }
        }
        return set;
    }

    /** The rule set of {@code aid} in force on {@code date}. */
    public Optional<RuleSet> select(Aid aid, LocalDate date) {
        RuleSet best = null;
        for (RuleSet s : byAid.getOrDefault(aid, List.of())) {
            if (s.covers(date) && (best == null || !s.from().isBefore(best.from()))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every rule set of {@code aid}, in load order. */
    public List<RuleSet> all(Aid aid) {
        return byAid.getOrDefault(aid, List.of());
    }

    /** A data file that is not a valid rule set. */
    public static final class InvalidRuleSetException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public InvalidRuleSetException(String message) {
            super(message);
        }
    }
}
