package cat.teixit.gui.reports;

import cat.teixit.gui.common.Focus;
import cat.teixit.logic.reports.ReportCells;
import cat.teixit.logic.reports.ReportTable;
import cat.teixit.logic.settings.Language;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * One indicator table of the Reports area, sized to what it holds: a column of figures is as wide as its widest
 * figure or its heading (a long heading on two lines), so neither is cut; the text columns share the rest, and their
 * cells show their whole text in a tooltip; the table is as tall as its rows and header row (no scroll bar of its
 * own: the area scrolls). Stateless.
 */
final class ReportTableView {

    private static final double ROW = 26;
    /** A cell's padding and borders, either side together. */
    private static final double CELL_PADDING = 20;
    /** The widest a text column asks for before the others get their share. */
    private static final double TEXT_MAX = 320;
    private static final double TEXT_MIN = 70;
    /** A heading's padding inside its column, with room for the bold face measuring narrower than drawn. */
    private static final double HEADING_PADDING = 22;
    /** The width a column of figures lets its heading have on one line before it takes two. */
    private static final double FIGURE_HEADING = 110;
    private static final double FONT_SIZE = 13.5;
    /** The headings' height until they are laid out (one line), and the table's borders. */
    private static final double FIRST_GUESS = 44;
    private static final double BORDERS = 4;

    private ReportTableView() {
    }

    static TableView<List<Object>> of(ReportTable t, Language language, String emptyText) {
        TableView<List<Object>> view = new TableView<>();
        view.setPlaceholder(new Label(emptyText));
        view.getItems().setAll(t.rows());
        // The area's text (teixit.css: .root -fx-font-size), headings in bold.
        Font font = Font.font(Font.getDefault().getFamily(), FONT_SIZE);
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, FONT_SIZE);
        for (int c = 0; c < t.headers().size(); c++) {
            int col = c;
            boolean figures = t.rows().stream().map(r -> r.get(col)).filter(Objects::nonNull).findFirst()
                    .map(ReportCells::isNumber).orElse(false);
            double content = t.rows().stream().mapToDouble(r -> width(ReportCells.text(r.get(col), language), font))
                    .max().orElse(0) + CELL_PADDING;
            String heading = heading(t.headers().get(c), bold, Math.max(content, figures ? FIGURE_HEADING : TEXT_MAX));
            double headingWidth = heading.lines().mapToDouble(line -> width(line, bold)).max().orElse(0) + HEADING_PADDING;
            TableColumn<List<Object>, String> column = new TableColumn<>(heading);
            column.setSortable(false);
            column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(ReportCells.text(cd.getValue().get(col), language)));
            if (figures) {
                // Fixed: the text columns take what the window gives or takes.
                double width = Math.ceil(Math.max(headingWidth, content));
                column.setMinWidth(width);
                column.setMaxWidth(width);
                column.setPrefWidth(width);
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            } else {
                column.setMinWidth(Math.ceil(Math.max(TEXT_MIN, headingWidth)));
                column.setPrefWidth(Math.ceil(Math.min(TEXT_MAX, Math.max(column.getMinWidth(), content))));
                column.setCellFactory(x -> new WholeTextCell());
            }
            view.getColumns().add(column);
        }
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        view.setFixedCellSize(ROW);
        Focus.firstRowOnKeyboardFocus(view);
        double rows = ROW * Math.max(t.rows().size(), 1);
        view.setPrefHeight(rows + FIRST_GUESS);
        view.setMinHeight(view.getPrefHeight());
        // As tall as the rows and the header row, however many lines its headings take.
        view.skinProperty().addListener((obs, old, skin) -> {
            if (view.lookup(".column-header-background") instanceof Region header) {
                header.heightProperty().addListener((o, was, height) -> {
                    view.setPrefHeight(rows + height.doubleValue() + BORDERS);
                    view.setMinHeight(view.getPrefHeight());
                });
            }
        });
        return view;
    }

    /**
     * A heading wider than {@code width} on one line, on two lines broken between words where the longer line is
     * shortest; otherwise as it is.
     */
    static String heading(String text, Font font, double width) {
        String[] words = text.trim().split(" +");
        if (words.length < 2 || width(text, font) + HEADING_PADDING <= width) {
            return text;
        }
        String best = text;
        double shortest = Double.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            double longer = Math.max(width(first, font), width(second, font));
            if (longer < shortest) {
                shortest = longer;
                best = first + "\n" + second;
            }
        }
        return best;
    }

    /** A text cell that shows its whole text in a tooltip (the column may cut it short). */
    private static final class WholeTextCell extends TableCell<List<Object>, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
        }
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
