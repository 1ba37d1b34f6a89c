package cat.teixit.logic.reports;

import cat.teixit.persistence.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's tables written out: XLSX (fastexcel; one sheet per indicator, numbers, amounts and dates as real
 * cells) or CSV (one section per indicator: its name, its headings, its rows, an empty line; numbers plain, amounts in
 * euros with a point, dates ISO; UTF-8 with a byte-order mark so that spreadsheets read the accents). Files are
 * written beside their target and moved into place: a failed export leaves no half file. Stateless.
 */
public final class ReportExport {

    /** The formats a report is written in. */
    public enum Format {
        CSV, XLSX, PDF;

        /** The format named {@code name} (any case). */
        public static Format of(String name) {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final int FLUSH_ROWS = 1000;
    private static final int SHEET_NAME_MAX = 31;

    private ReportExport() {
    }

    /** The tables as CSV sections. */
    public static void csv(List<ReportTable> tables, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        for (ReportTable t : tables) {
            csv.printRecord(t.name());
            csv.printRecord(t.headers());
            for (List<Object> row : t.rows()) {
                csv.printRecord(row.stream().map(ReportExport::csvCell).toList());
            }
            csv.println();
        }
        csv.flush();
    }

    /** How a cell reads in CSV: numbers plain, amounts in euros ({@code 120.00}), dates ISO. */
    public static String csvCell(Object cell) {
        return switch (cell) {
            case null -> "";
            case ReportTable.Cents c -> BigDecimal.valueOf(c.cents(), 2).toPlainString();
            case ReportTable.Change c -> Long.toString(c.value());
            case LocalDate d -> d.toString();
            default -> String.valueOf(cell);
        };
    }

    /** The tables as an XLSX workbook, one sheet each (streamed: rows are flushed as they are written). */
    public static void xlsx(List<ReportTable> tables, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Teixit", "1.0");
        Set<String> names = new HashSet<>();
        for (ReportTable t : tables) {
            Worksheet sheet = wb.newWorksheet(sheetName(t.name(), names));
            for (int i = 0; i < t.headers().size(); i++) {
                sheet.value(0, i, t.headers().get(i));
                sheet.style(0, i).bold().set();
            }
            int r = 1;
            for (List<Object> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    switch (row.get(i)) {
                        case null -> { }
                        case Long n -> sheet.value(r, i, n);
                        case Double d -> {
                            sheet.value(r, i, d);
                            sheet.style(r, i).format("0.0").set();
                        }
                        case ReportTable.Cents c -> {
                            sheet.value(r, i, BigDecimal.valueOf(c.cents(), 2));
                            sheet.style(r, i).format("#,##0.00 \"€\"").set();
                        }
                        case ReportTable.Change c -> {
                            sheet.value(r, i, c.value());
                            sheet.style(r, i).format("+#,##0;-#,##0;0").set();
                        }
                        case LocalDate d -> {
                            sheet.value(r, i, d);
                            sheet.style(r, i).format("dd/mm/yyyy").set();
                        }
                        default -> sheet.value(r, i, String.valueOf(row.get(i)));
                    }
                }
                if (r++ % FLUSH_ROWS == 0) {
                    sheet.flush();
                }
            }
            sheet.width(0, 40);
            for (int i = 1; i < t.headers().size(); i++) {
                sheet.width(i, 16);
            }
            sheet.finish();
        }
        wb.finish();
    }

    /**
     * A name a spreadsheet accepts for a sheet, unique in the workbook: no {@code []:*?/\}, no quote at either end, at
     * most 31 characters; a repeated name gets « (2)», « (3)»…
     */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        base = base.replaceAll("^'+|'+$", "").strip();
        if (base.isEmpty()) {
            base = "-";
        }
        String name = truncate(base, SHEET_NAME_MAX);
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = truncate(base, SHEET_NAME_MAX - suffix.length()) + suffix;
        }
        return name;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }

    /** Writes through {@code writer} into {@code file}, atomically (beside it, then moved). */
    public static void toFile(Path file, Output writer) {
        try {
            AtomicFiles.write(file, writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a report to a stream. */
    @FunctionalInterface
    public interface Output {
        void write(OutputStream out) throws IOException;
    }
}
