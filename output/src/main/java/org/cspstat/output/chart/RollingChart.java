package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.cspstat.report.RollingChartData;
import org.cspstat.report.Tone;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Monthly counts (left axis) beside rolling twelve-month totals (right axis), over up to three years. */
final class RollingChart {
    private RollingChart() {
    }

    static CategoryChart build(RollingChartData d, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle("Month").yAxisTitle("Incidents per month").build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
        s.setOverlapped(true);
        s.setYAxisDecimalPattern("#,##0");
        s.setYAxisMin(0.0);
        s.setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        s.setXAxisLabelRotation(d.months().size() > 18 ? 60 : 0);
        chart.setYAxisGroupTitle(1, "Rolling twelve-month total");
        // month labels thinned to about twelve, the rest blank, so they stay readable
        int step = Math.max(1, (int) Math.ceil(d.months().size() / 12.0));
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < d.months().size(); i++) {
            labels.add(i % step == 0 ? d.months().get(i) : "\u200B".repeat(i + 1));
        }
        CategorySeries monthly = chart.addSeries("monthly count", labels, nulls(d.monthly()));
        monthly.setLineColor(Palette.of(Tone.CURRENT));
        monthly.setLineStyle(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        monthly.setMarker(SeriesMarkers.NONE);
        CategorySeries rolling = chart.addSeries("rolling twelve-month total (right axis)", labels, nulls(d.rolling()));
        rolling.setYAxisGroup(1);
        rolling.setLineColor(Palette.of(Tone.PREVIOUS));
        rolling.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        rolling.setMarker(d.rolling().stream().filter(Double::isFinite).count() < 3 ? SeriesMarkers.CIRCLE
                : SeriesMarkers.NONE);
        rolling.setMarkerColor(Palette.of(Tone.PREVIOUS));
        return chart;
    }

    private static List<Double> nulls(List<Double> values) {
        return values.stream().map(v -> Double.isFinite(v) ? v : null).toList();
    }
}
