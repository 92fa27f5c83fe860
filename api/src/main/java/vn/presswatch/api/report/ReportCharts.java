package vn.presswatch.api.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import vn.presswatch.store.Interval;
import vn.presswatch.store.Stats;

/**
 * The report's charts as PNG images (XChart, drawn headless): articles per topic, and the trend over the period.
 * Sized for the 165 mm text width at 200 dpi, in a serif font close to the document's.
 */
public final class ReportCharts {
    private static final int WIDTH = 1300;
    private static final int HEIGHT = 620;
    private static final Color BAR = new Color(0x9b, 0x1c, 0x1c);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT);

    static {
        // Charts are drawn on servers without a display.
        System.setProperty("java.awt.headless", "true");
    }

    private ReportCharts() {
    }

    /** Horizontal bars would need another chart type; vertical bars with the topic names rotated read well. */
    public static byte[] topics(List<ReportData.Count> topics) throws IOException {
        CategoryChart chart = base("Số tin, bài theo chủ đề");
        chart.getStyler().setXAxisLabelRotation(35);
        chart.addSeries("Số bài", topics.stream().map(ReportData.Count::name).toList(),
                topics.stream().map(c -> (Number) c.count()).toList());
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    public static byte[] trend(Interval interval, List<Stats.Bucket> buckets) throws IOException {
        String unit = switch (interval) {
            case DAY -> "ngày";
            case WEEK -> "tuần";
            case MONTH -> "tháng";
        };
        CategoryChart chart = base("Số tin, bài theo " + unit);
        DateTimeFormatter format = interval == Interval.MONTH ? MONTH : DAY;
        chart.getStyler().setXAxisLabelRotation(buckets.size() > 12 ? 90 : 0);
        List<String> labels = buckets.stream().map(b -> format.format(b.start())).toList();
        chart.addSeries("Số bài", labels.isEmpty() ? List.of("-") : labels,
                buckets.isEmpty() ? List.of(0) : buckets.stream().map(b -> (Number) b.count()).toList());
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart base(String title) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        Styler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setSeriesColors(new Color[] {BAR});
        Font font = new Font(Font.SERIF, Font.PLAIN, 22);
        styler.setChartTitleFont(font.deriveFont(Font.BOLD, 26f));
        chart.getStyler().setAxisTickLabelsFont(font);
        chart.getStyler().setAxisTitleFont(font);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setAvailableSpaceFill(0.6);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(font.deriveFont(18f));
        return chart;
    }
}
