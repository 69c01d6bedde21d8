package org.cspstat.cli.chart;

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
    private BarChart() {
    }

    static CategoryChart build(BarChartData d, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle(d.xLabel()).yAxisTitle(d.yLabel()).build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s);
        s.setOverlapped(d.overlap());
        s.setAvailableSpaceFill(d.overlap() ? 0.6 : 0.75);
        int longest = d.categories().stream().mapToInt(String::length).max().orElse(0);
        boolean rotate = d.categories().size() > 6 || longest > 14;
        s.setXAxisLabelRotation(rotate ? 30 : 0);
        s.setYAxisDecimalPattern("#,##0");
        for (BarSeries series : d.series()) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (double v : series.values()) {
                values.add(Double.isFinite(v) ? v : null);
                any |= Double.isFinite(v);
            }
            if (!any && d.overlap()) {
                continue;
            }
            CategorySeries cs = chart.addSeries(series.label(), d.categories(), nonNull(values));
            cs.setFillColor(Palette.of(series.tone()));
            cs.setLineColor(Palette.of(series.tone()));
        }
        return chart;
    }

    /** XChart draws no bar for a zero-height bar but cannot take null in every version: use 0. */
    private static List<Double> nonNull(List<Double> values) {
        return values.stream().map(v -> v == null ? 0.0 : v).toList();
    }
}
