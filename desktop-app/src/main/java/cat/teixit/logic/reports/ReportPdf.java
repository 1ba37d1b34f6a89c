package cat.teixit.logic.reports;

import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.documents.DocumentService;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed report: a cover (scope, period, contents) then a table per indicator, filled into a Pebble template
 * (texts escaped) and laid out by the documents area on the council's page (PDF/A-3b, "page X of Y"). The same tables
 * as the CSV and XLSX, formatted for reading: numbers grouped, amounts in euros, dates as dd/mm/yyyy. Thread-safe.
 */
public final class ReportPdf {

    private static final PebbleTemplate TEMPLATE = new PebbleEngine.Builder().loader(new StringLoader())
            .strictVariables(true).autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(false).build()
            .getTemplate(resource("/reports/report.peb"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentService documents;

    public ReportPdf(DocumentService documents) {
        this.documents = documents;
    }

    /** The report of {@code indicators} as PDF bytes. */
    public byte[] render(Indicators indicators, List<ReportTable> tables, ReportTexts t) {
        String title = t.t("report.pdf.title", indicators.period().label());
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("cover", List.of(field(t.t("report.row.scope"), indicators.scopeLabel()),
                field(t.t("report.row.from"), DATE.format(indicators.period().from())),
                field(t.t("report.row.to"), DATE.format(indicators.period().to()))));
        model.put("note", t.t("report.pdf.note"));
        model.put("contents", t.t("report.pdf.contents"));
        NumberFormat integers = NumberFormat.getIntegerInstance(t.language().locale());
        NumberFormat decimals = NumberFormat.getNumberInstance(t.language().locale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReportTable table : tables) {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                rows.add(row.stream().map(c -> cell(c, integers, decimals, t)).toList());
            }
            list.add(Map.of("name", table.name(), "headers", table.headers(), "rows", rows));
        }
        model.put("tables", list);
        StringWriter body = new StringWriter();
        try {
            TEMPLATE.evaluate(body, model, t.language().locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents.renderPage(title, body.toString(), t.language());
    }

    private static Map<String, Object> field(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static Map<String, Object> cell(Object c, NumberFormat integers, NumberFormat decimals, ReportTexts t) {
        return switch (c) {
            case null -> Map.of("text", "", "number", false);
            case Long n -> Map.of("text", integers.format(n), "number", true);
            case Double d -> Map.of("text", decimals.format(d), "number", true);
            case ReportTable.Cents cents -> Map.of("text", Amounts.format(cents.cents(), t.language()), "number", true);
            case LocalDate d -> Map.of("text", DATE.format(d), "number", false);
            default -> Map.of("text", String.valueOf(c), "number", false);
        };
    }

    private static String resource(String path) {
        try (InputStream in = ReportPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
