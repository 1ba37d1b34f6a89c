package cat.teixit.logic.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator as a table, the way every output prints it (an XLSX sheet, a CSV section, a PDF table): a name,
 * column headings and rows of cells. A cell is a {@link String}, a {@link Long}, a {@link Double}, a
 * {@link java.time.LocalDate} or an amount in {@link Cents}; never a number written as text. Immutable once built.
 */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows) {

    /** An amount of money in euro cents. */
    public record Cents(long cents) {
    }

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
