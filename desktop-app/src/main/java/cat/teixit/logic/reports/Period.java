package cat.teixit.logic.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The days a report covers, both inclusive: a month, a quarter, a year, or any span. Immutable. */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    /** How the period was chosen (the previous period is the same kind). */
    public enum Kind {
        MONTH, QUARTER, YEAR, CUSTOM
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " " + to);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        YearMonth m = YearMonth.of(year, month);
        return new Period(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(Kind.CUSTOM, from, to);
    }

    /**
     * A period as written: {@code 2025}, {@code 2025-Q1}, {@code 2025-03} or a day {@code 2025-03-15}; with
     * {@code until} (any of those, or null) the span from the first's start to the second's end.
     */
    public static Period parse(String text, String until) {
        Period start = parseOne(text);
        if (until == null) {
            return start;
        }
        return custom(start.from(), parseOne(until).to());
    }

    private static Period parseOne(String text) {
        String t = text.strip();
        Matcher m;
        if ((m = YEAR.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(t)).matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        try {
            LocalDate d = LocalDate.parse(t);
            return custom(d, d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a period: " + text + " (2025, 2025-Q1, 2025-03 or 2025-03-15)", e);
        }
    }

    /** The period just before, of the same length: the previous month, quarter or year, or as many days before. */
    public Period previous() {
        return switch (kind) {
            case YEAR -> year(from.getYear() - 1);
            case QUARTER -> new Period(Kind.QUARTER, from.minusMonths(3), from.minusDays(1));
            case MONTH -> month(from.minusMonths(1).getYear(), from.minusMonths(1).getMonthValue());
            case CUSTOM -> custom(from.minusDays(days()), from.minusDays(1));
        };
    }

    /** The same period a year before (a month, a quarter or the same days). */
    public Period sameLastYear() {
        return switch (kind) {
            case YEAR -> year(from.getYear() - 1);
            case QUARTER -> quarter(from.getYear() - 1, (from.getMonthValue() - 1) / 3 + 1);
            case MONTH -> month(from.getYear() - 1, from.getMonthValue());
            case CUSTOM -> custom(from.minusYears(1), to.minusYears(1));
        };
    }

    /** How many days it covers. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** How many months it covers, at least one (rounded: for per-month rates). */
    public double months() {
        return Math.max(1.0, days() / (365.2425 / 12));
    }

    /** {@code 2025}, {@code 2025-Q1}, {@code 2025-03}, or {@code 2025-01-10..2025-02-20}. */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(from.getYear());
            case QUARTER -> from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            case MONTH -> YearMonth.from(from).toString();
            case CUSTOM -> from + ".." + to;
        };
    }
}
