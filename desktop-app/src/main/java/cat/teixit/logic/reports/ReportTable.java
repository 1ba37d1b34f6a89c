package cat.teixit.logic.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator as a table, the way every output prints it (an XLSX sheet, a CSV section, a PDF table): a name,
 * column headings and rows of cells. A cell is a {@link String}, a {@link Long}, a {@link Double}, a
 * {@link java.time.LocalDate} or an amount in {@link Cents}; never a number written as text. On the screen a row may
 * lead to the case files behind it: {@code figures} holds, row by row, what the row counts (null for a row that counts
 * nothing to list, e.g. the report's dates). Immutable once built.
 */
public record ReportTable(String name, List<String> headers, List<List<Object>> rows, List<Figure> figures) {

    /** An amount of money in euro cents. */
    public record Cents(long cents) {
    }

    /** How much a figure went up or down from another period's: read with its sign (+34, -5). */
    public record Change(long value) {
    }

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        if (figures == null) {
            figures = java.util.Collections.nCopies(rows.size(), null);
        } else if (figures.size() != rows.size()) {
            throw new IllegalArgumentException("one figure (or null) per row");
        }
        figures = java.util.Collections.unmodifiableList(new ArrayList<>(figures));
    }

    /** A table whose rows lead nowhere. */
    public ReportTable(String name, List<String> headers, List<List<Object>> rows) {
        this(name, headers, rows, null);
    }

    /** What row {@code row} counts, if it leads to case files. */
    public java.util.Optional<Figure> figure(int row) {
        return row < 0 || row >= figures.size() ? java.util.Optional.empty() : java.util.Optional.ofNullable(figures.get(row));
    }
}
