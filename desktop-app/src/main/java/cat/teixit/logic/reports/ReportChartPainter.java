package cat.teixit.logic.reports;

import cat.teixit.logic.documents.BoxPainter;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a report's charts in the PDF, in the empty boxes the template leaves for them ({@code chart-<table>}):
 * horizontal bars with PDFBox's path operators, the category on the left and the figure at the end of each bar in the
 * document's face. Vector graphics, no images. Thread-safe (immutable).
 */
final class ReportChartPainter implements BoxPainter {

    /** The box id of the chart of table {@code n}. */
    static String id(int table) {
        return "chart-" + table;
    }

    /** The height of a chart's box in millimetres: a row per bar. */
    static double heightMm(ReportCharts.Chart chart) {
        return chart.bars().size() * ROW_MM + 2;
    }

    private static final double ROW_MM = 6.5;
    private static final float FONT = 8;
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);
    private static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);

    private final List<ReportCharts.Chart> charts;

    ReportChartPainter(List<ReportCharts.Chart> charts) {
        this.charts = List.copyOf(charts);
    }

    @Override
    public Pattern ids() {
        return Pattern.compile("chart-\\d+");
    }

    @Override
    public void paint(String id, PDPageContentStream cs, PDRectangle box, PDFont regular, PDFont bold)
            throws IOException {
        int table = Integer.parseInt(id.substring("chart-".length()));
        ReportCharts.Chart chart = charts.stream().filter(c -> c.table() == table).findFirst().orElse(null);
        if (chart == null || chart.bars().isEmpty()) {
            return;
        }
        List<ReportCharts.Bar> bars = chart.bars();
        float labelWidth = box.getWidth() * 0.36f;
        float valueWidth = 0;
        for (ReportCharts.Bar b : bars) {
            valueWidth = Math.max(valueWidth, width(regular, b.valueText()));
        }
        float x0 = box.getLowerLeftX() + labelWidth + 6;
        float span = box.getWidth() - labelWidth - 6 - valueWidth - 6;
        double max = bars.stream().mapToDouble(ReportCharts.Bar::value).max().orElse(1);
        float row = (box.getHeight() - 4) / bars.size();
        float top = box.getUpperRightY() - 2;
        Color fill = Color.decode(chart.colour());
        for (int i = 0; i < bars.size(); i++) {
            ReportCharts.Bar b = bars.get(i);
            float y = top - (i + 1) * row;
            float barHeight = row * 0.62f;
            float barY = y + (row - barHeight) / 2;
            float length = max <= 0 ? 0 : (float) (b.value() / max * span);
            if (length > 0) {
                cs.setNonStrokingColor(fill);
                cs.addRect(x0, barY, Math.max(length, 0.8f), barHeight);
                cs.fill();
            }
            float baseline = barY + (barHeight - FONT * 0.72f) / 2;
            text(cs, regular, fit(regular, b.label(), labelWidth), box.getLowerLeftX(), baseline);
            text(cs, bold, b.valueText(), x0 + length + 3, baseline);
        }
        cs.setStrokingColor(AXIS);
        cs.setLineWidth(0.6f);
        cs.moveTo(x0, top);
        cs.lineTo(x0, top - bars.size() * row);
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, PDFont font, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(TEXT);
        cs.setFont(font, FONT);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDFont font, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * FONT;
    }

    /** {@code s}, cut with an ellipsis to fit {@code max}. */
    private static String fit(PDFont font, String s, float max) throws IOException {
        if (width(font, s) <= max) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && width(font, cut + "…") > max) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
