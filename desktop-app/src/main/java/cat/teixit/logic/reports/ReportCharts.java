package cat.teixit.logic.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The charts of a report: horizontal bars, each labelled with its category and its figure (so nothing needs hovering
 * or a legend), drawn in the window (JavaFX) and in the PDF (vector) from this one description, beside the table whose
 * figures they show. Colours are the Okabe–Ito palette, told apart by people with any common colour blindness; a
 * chart has one colour, and the palette's yellow is left out (too light on white). Stateless.
 */
public final class ReportCharts {

    /** Okabe–Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue. */
    public static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7",
            "#56B4E9");

    /** At most this many bars: with more (professionals of all teams, districts), the largest. */
    public static final int MAX_BARS = 15;

    /** One bar: its category, its value and the value as the table shows it. */
    public record Bar(String label, double value, String valueText) {
    }

    /**
     * A chart of the table at {@code table} (in {@link ReportTables#of}): its title, bars and colour; {@code total}
     * categories, of which the bars show the largest when there are more than {@link #MAX_BARS}.
     */
    public record Chart(int table, String title, List<Bar> bars, String colour, int total) {

        public boolean truncated() {
            return total > bars.size();
        }
    }

    private ReportCharts() {
    }

    /** The charts of {@code in}, titled in the report's language; a chart with nothing to show is left out. */
    public static List<Chart> of(Indicators in, ReportTexts t) {
        List<ReportTable> tables = ReportTables.of(in, t);
        List<Chart> charts = new ArrayList<>();
        add(charts, tables, ReportTables.INTERVENTIONS, t, in.interventionsByKind(), Indicators.Count::label,
                Indicators.Count::count, false);
        add(charts, tables, 3, t, in.demands().stream().filter(c -> c.depth() == 0).toList(),
                c -> c.code() + " " + c.label(), Indicators.CodeCount::total, true);
        add(charts, tables, 6, t, in.caseload(), Indicators.Caseload::name, Indicators.Caseload::activeCaseFiles, true);
        add(charts, tables, 7, t, in.bySex(), Indicators.Count::label, Indicators.Count::count, false);
        add(charts, tables, 8, t, in.byAge(), Indicators.Count::label, Indicators.Count::count, false);
        add(charts, tables, 10, t, in.byNationality(), Indicators.Count::label, Indicators.Count::count, false);
        add(charts, tables, 11, t, in.byDistrict(), Indicators.Count::label, Indicators.Count::count, true);
        // The median wait of the report and of each team when it covers several, else of each professional.
        boolean teams = in.waiting().stream().anyMatch(w -> w.kind() == Indicators.Waiting.Group.TEAM);
        add(charts, tables, 13, t, in.waiting().stream().filter(w -> w.medianDays() != null
                && (w.kind() != Indicators.Waiting.Group.PROFESSIONAL || !teams)).toList(),
                Indicators.Waiting::label, Indicators.Waiting::medianDays, false);
        add(charts, tables, 14, t, in.groups().stream().filter(g -> g.attendancePercent() != null).toList(),
                Indicators.GroupLine::title, Indicators.GroupLine::attendancePercent, true);
        return charts;
    }

    private static <T> void add(List<Chart> charts, List<ReportTable> tables, int table, ReportTexts t, List<T> rows,
            Function<T, String> label, Function<T, Number> figure, boolean largestFirst) {
        List<Bar> bars = new ArrayList<>();
        for (T row : rows) {
            Number n = figure.apply(row);
            bars.add(new Bar(label.apply(row), n.doubleValue(), ReportCells.text(n, t.language())));
        }
        if (bars.stream().allMatch(b -> b.value() == 0)) {
            return;
        }
        int total = bars.size();
        if (largestFirst || total > MAX_BARS) {
            bars.sort(Comparator.comparingDouble(Bar::value).reversed());
        }
        List<Bar> shown = List.copyOf(bars.subList(0, Math.min(MAX_BARS, total)));
        String title = tables.get(table).name();
        if (total > shown.size()) {
            title = t.t("report.chart.largest", title, shown.size(), total);
        }
        charts.add(new Chart(table, title, shown, PALETTE.get(charts.size() % PALETTE.size()), total));
    }
}
