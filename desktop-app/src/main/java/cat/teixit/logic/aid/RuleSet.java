package cat.teixit.logic.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The figures of one aid for one period (both ends included), each with its legal source: one data file under
 * {@code aid-rules/} (see {@code docs/aids.md}). Immutable.
 *
 * @param name the file it came from, for the explanation
 */
public record RuleSet(Aid aid, LocalDate from, LocalDate to, String name, Map<String, Figure> figures) {

    /** One figure: its text as written (a number or a list of numbers), its source, whether it is unverified. */
    public record Figure(String value, String source, boolean unverified) {
    }

    public RuleSet {
        figures = Map.copyOf(figures);
    }

    /** True when {@code date} falls in this period. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The figure named {@code key}; a rule set without it is a broken data file. */
    public Figure figure(String key) {
        Figure f = figures.get(key);
        if (f == null) {
            throw new IllegalStateException("Aid rule set " + name + " has no figure " + key);
        }
        return f;
    }

    public BigDecimal number(String key) {
        return new BigDecimal(figure(key).value().strip());
    }

    public int integer(String key) {
        return number(key).intValueExact();
    }

    /** A comma-separated list of numbers, e.g. the scale of Anexo I. */
    public List<BigDecimal> numbers(String key) {
        return Arrays.stream(figure(key).value().split(",")).map(String::strip).map(BigDecimal::new).toList();
    }

    /** The source of a figure as its data file cites it, marked when the data file says it is unverified. */
    public Step.Source source(String key) {
        Figure f = figure(key);
        return new Step.Source(f.source(), f.unverified());
    }
}
