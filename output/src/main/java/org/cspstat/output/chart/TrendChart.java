package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cspstat.report.Tone;
import org.cspstat.report.TrendChartData;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** This year against last, month by month, with the control chart's centre line and limits. */
final class TrendChart {
    private static final BasicStroke SOLID = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {12f, 8f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {3f, 6f}, 0f);

    private TrendChart() {
    }

    static CategoryChart build(TrendChartData d, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle("Month").yAxisTitle(d.yLabel()).build();
        CategoryStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
        s.setOverlapped(true);
        s.setYAxisDecimalPattern("#,##0");
        s.setYAxisMin(0.0);
        int n = d.months().size();
        line(chart, d.thisYearLabel(), d.months(), d.thisYear(), Tone.CURRENT);
        line(chart, d.lastYearLabel(), d.months(), d.lastYear(), Tone.PREVIOUS);
        if (Double.isFinite(d.centre())) {
            limit(chart, d.limitsLabel(), d.months(), d.centre(), DASHED, Tone.REFERENCE, true);
            limit(chart, "control limits", d.months(), d.upper(), DOTTED, Tone.LIMIT, true);
            if (d.lower() > 0) {
                limit(chart, "\u200Blower limit", d.months(), d.lower(), DOTTED, Tone.LIMIT, false);
            }
        }
        if (!d.signals().isEmpty()) {
            List<Double> sy = new ArrayList<>(Collections.nCopies(n, (Double) null));
            for (int i : d.signals()) {
                sy.set(i, d.thisYear().get(i));
            }
            CategorySeries sig = chart.addSeries("signal", d.months(), sy);
            sig.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
            sig.setMarker(SeriesMarkers.DIAMOND);
            sig.setMarkerColor(Palette.VERMILLION);
        }
        return chart;
    }

    private static void line(CategoryChart chart, String label, List<String> months, List<Double> values, Tone tone) {
        List<Double> y = values.stream().map(v -> Double.isFinite(v) ? v : null).toList();
        CategorySeries series = chart.addSeries(label, months, new ArrayList<>(y));
        series.setLineColor(Palette.of(tone));
        series.setMarkerColor(Palette.of(tone));
        series.setFillColor(Palette.of(tone));
        series.setMarker(tone == Tone.CURRENT ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
        series.setLineStyle(SOLID);
    }

    private static void limit(CategoryChart chart, String label, List<String> months, double y, BasicStroke stroke,
            Tone tone, boolean inLegend) {
        CategorySeries series = chart.addSeries(label, months, new ArrayList<>(Collections.nCopies(months.size(), y)));
        series.setLineColor(Palette.of(tone));
        series.setFillColor(Palette.of(tone));
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(inLegend);
    }
}
