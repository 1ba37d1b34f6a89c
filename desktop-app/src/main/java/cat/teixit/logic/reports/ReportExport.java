package cat.teixit.logic.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report's tables written out: XLSX (Apache POI; one sheet per indicator, numbers, amounts and dates as real
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
            case LocalDate d -> d.toString();
            default -> String.valueOf(cell);
        };
    }

    /** The tables as an XLSX workbook, one sheet each. */
    public static void xlsx(List<ReportTable> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euros = wb.createCellStyle();
            euros.setDataFormat(wb.createDataFormat().getFormat("#,##0.00 \"€\""));
            CellStyle decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            for (ReportTable t : tables) {
                Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(t.name()));
                Row head = sheet.createRow(0);
                for (int i = 0; i < t.headers().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(t.headers().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> row : t.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        Cell cell = line.createCell(i);
                        switch (row.get(i)) {
                            case null -> cell.setBlank();
                            case Long n -> cell.setCellValue(n);
                            case Double d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(decimal);
                            }
                            case ReportTable.Cents c -> {
                                cell.setCellValue(BigDecimal.valueOf(c.cents(), 2).doubleValue());
                                cell.setCellStyle(euros);
                            }
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            }
                            default -> cell.setCellValue(String.valueOf(row.get(i)));
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                for (int i = 1; i < t.headers().size(); i++) {
                    sheet.setColumnWidth(i, 16 * 256);
                }
            }
            wb.write(out);
        }
    }

    /** Writes through {@code writer} into {@code file}, atomically (beside it, then moved). */
    public static void toFile(Path file, Output writer) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".report-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    writer.write(out);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
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
