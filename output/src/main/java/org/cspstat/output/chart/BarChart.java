package org.cspstat.output.chart;

import java.util.ArrayList;
import java.util.List;
import org.cspstat.report.BarChartData;
import org.cspstat.report.BarSeries;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/** Bars by category: side by side (current against previous) or overlapped (a diverging chart). */
final class BarChart {
    private static final int ROTATION = 45;

    private BarChart() {
    }

    static CategoryChart build(BarChartData d, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle(d.xLabel()).yAxisTitle(d.yLabel()).build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setOverlapped(d.overlap());
        s.setAvailableSpaceFill(d.overlap() ? 0.6 : 0.75);
        int widest = d.categories().stream().mapToInt(c -> ChartStyle.textWidth(ChartStyle.TICKS, c)).max().orElse(0);
        boolean rotate = widest > 0.9 * (width - 200.0) / d.categories().size();
        s.setXAxisLabelRotation(rotate ? ROTATION : 0);
        s.setYAxisDecimalPattern("#,##0");
        for (BarSeries series : d.series()) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (double v : series.values()) {
                values.add(Double.isFinite(v) ? v : null);
                any |= Double.isFinite(v);
            }
            if (!any && d.overlap() && !(chart.getSeriesMap().isEmpty() && series == last(d))) {
                continue;
            }
            CategorySeries cs = chart.addSeries(series.label(), d.categories(), nonNull(values));
            cs.setFillColor(Palette.of(series.tone()));
            cs.setLineColor(Palette.of(series.tone()));
        }
        return chart;
    }

    /**
     * The room to leave right of the plot so the last slanted category label is not cut off:
     * half its slanted width beyond half a category's slot.
     */
    static int rightMargin(BarChartData d, int width) {
        String last = d.categories().get(d.categories().size() - 1);
        double slanted = ChartStyle.textWidth(ChartStyle.TICKS, last) * Math.cos(Math.toRadians(ROTATION));
        double slot = (width - 200.0) / d.categories().size();
        return (int) Math.max(0, Math.min(width / 4.0, slanted / 2 - slot / 2 + 12));
    }

    private static BarSeries last(BarChartData d) {
        return d.series().get(d.series().size() - 1);
    }

    /** XChart draws no bar for a zero-height bar but cannot take null in every version: use 0. */
    private static List<Double> nonNull(List<Double> values) {
        return values.stream().map(v -> v == null ? 0.0 : v).toList();
    }
}
