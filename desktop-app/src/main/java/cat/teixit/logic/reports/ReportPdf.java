package cat.teixit.logic.reports;

import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.documents.PageTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed report: a cover (scope, period, contents) then a table per indicator, most after their chart (vector
 * bars drawn by {@link ReportChartPainter} in the box the template leaves), filled into a Pebble template
 * (texts escaped) and laid out by the documents area on the council's page (PDF/A-3b, "page X of Y"). The same tables
 * as the CSV and XLSX, formatted for reading: numbers grouped, amounts in euros, dates as dd/mm/yyyy. Thread-safe.
 */
public final class ReportPdf {

    private static final PageTemplate TEMPLATE = PageTemplate.of("/reports/report.peb");

    private final DocumentService documents;

    public ReportPdf(DocumentService documents) {
        this.documents = documents;
    }

    /** The report of {@code indicators} as PDF bytes. */
    public byte[] render(Indicators indicators, List<ReportTable> tables, ReportTexts t) {
        // A year of every team is the area's annual summary (memòria): so titled, with its table per team; any other
        // report is titled what it covers: the area (every team), a team, or one professional's caseload.
        boolean memoria = indicators.period().kind() == Period.Kind.YEAR && !indicators.teams().isEmpty();
        String title = t.t(memoria ? "report.pdf.memoria" : switch (indicators.coverage()) {
            case AREA -> "report.pdf.area";
            case TEAM -> "report.pdf.title";
            case CASELOAD -> "report.pdf.caseload";
        }, indicators.period().label());
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("cover", List.of(field(t.t("report.row.scope"), indicators.scopeLabel()),
                field(t.t("report.row.from"), ReportCells.date(indicators.period().from())),
                field(t.t("report.row.to"), ReportCells.date(indicators.period().to()))));
        model.put("note", memoria ? t.t("report.pdf.memoriaNote", indicators.teams().size()) + " " + t.t("report.pdf.note")
                : t.t("report.pdf.note"));
        model.put("contents", t.t("report.pdf.contents"));
        List<ReportCharts.Chart> charts = ReportCharts.of(indicators, t);
        Map<Integer, ReportCharts.Chart> byTable = new HashMap<>();
        charts.forEach(c -> byTable.put(c.table(), c));
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ReportTable table = tables.get(i);
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                rows.add(row.stream().map(c -> Map.<String, Object>of("text", ReportCells.text(c, t.language()),
                        "number", ReportCells.isNumber(c))).toList());
            }
            Map<String, Object> entry = new HashMap<>(Map.of("name", table.name(), "headers", table.headers(), "rows", rows));
            ReportCharts.Chart chart = byTable.get(i);
            entry.put("hasChart", chart != null);
            if (chart != null) {
                entry.put("chart", Map.of("id", ReportChartPainter.id(i), "note", chart.truncated() ? chart.title() : "", "height",
                        String.format(java.util.Locale.ROOT, "%.1f", ReportChartPainter.heightMm(chart))));
            }
            list.add(entry);
        }
        model.put("tables", list);
        return documents.renderPage(title, TEMPLATE.fill(model, t.language()), t.language(),
                new ReportChartPainter(charts));
    }

    private static Map<String, Object> field(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
