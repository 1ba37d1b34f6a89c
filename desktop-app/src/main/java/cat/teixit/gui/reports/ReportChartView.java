package cat.teixit.gui.reports;

import cat.teixit.logic.reports.ReportCharts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/**
 * A report's chart in the window: horizontal bars in the chart's colour (Okabe–Ito), each category named on the axis
 * and its figure written at the end of its bar, so nothing needs hovering. Built once per computed report.
 */
final class ReportChartView {

    private static final double ROW = 26;

    private ReportChartView() {
    }

    static Node of(ReportCharts.Chart chart) {
        List<ReportCharts.Bar> bars = chart.bars();
        double max = bars.stream().mapToDouble(ReportCharts.Bar::value).max().orElse(1);
        // Room after the longest bar for its figure, the axis ending on a round tick.
        double room = max <= 0 ? 1 : max * 1.18;
        double tick = niceTick(room / 5);
        NumberAxis values = new NumberAxis(0, tick * Math.ceil(room / tick), tick);
        values.setAutoRanging(false);
        values.setMinorTickVisible(false);
        CategoryAxis categories = new CategoryAxis();
        BarChart<Number, String> view = new BarChart<>(values, categories);
        view.setAnimated(false);
        view.setLegendVisible(false);
        view.setCategoryGap(6);
        view.getStyleClass().add("report-chart");
        if (chart.truncated()) {
            view.setTitle(chart.title());
        }
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // The category axis runs upwards: the first bar is added last so it shows on top, as in the table.
        for (int i = bars.size() - 1; i >= 0; i--) {
            ReportCharts.Bar b = bars.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.value(), b.label());
            StackPane node = new StackPane();
            node.setStyle("-fx-bar-fill: " + chart.colour() + ";");
            Text figure = new Text(b.valueText());
            figure.getStyleClass().add("report-chart-figure");
            StackPane.setAlignment(figure, Pos.CENTER_RIGHT);
            figure.setTranslateX(figure.getLayoutBounds().getWidth() + 4);
            node.getChildren().add(figure);
            node.setAccessibleText(b.label() + ": " + b.valueText());
            d.setNode(node);
            series.getData().add(d);
        }
        view.getData().add(series);
        double height = bars.size() * ROW + 60 + (chart.truncated() ? 24 : 0);
        view.setPrefHeight(height);
        view.setMinHeight(height);
        view.setMaxWidth(760);
        return view;
    }

    /** A tick unit of 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceTick(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
