package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.cspstat.report.FunnelChartData;
import org.cspstat.report.Tone;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A funnel plot: units' rates against exposure, the target line, 95% limits dashed and 99.8%
 * limits solid, the pack's own district in vermillion and larger.
 */
final class FunnelChart {
    private FunnelChart() {
    }

    static XYChart build(FunnelChartData d, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle(d.xAxis()).yAxisTitle(d.yAxis()).build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setPlotGridVerticalLinesVisible(true);
        s.setXAxisMin(0.0);
        s.setYAxisMin(0.0);
        double top = d.points().stream().mapToDouble(FunnelChartData.Point::rate).max().orElse(d.target());
        top = Math.max(top, d.target()) * 1.25;
        s.setYAxisMax(niceCeiling(top));
        s.setXAxisMax(d.grid().get(d.grid().size() - 1));
        s.setXAxisDecimalPattern("#,##0");
        double[] x = d.grid().stream().mapToDouble(Double::doubleValue).toArray();
        BasicStroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {10f, 7f}, 0f);
        BasicStroke solid = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        line(chart, "99.8% limits", x, d.upper998(), solid, top);
        line(chart, " ", x, d.lower998(), solid, top).setShowInLegend(false);
        line(chart, "95% limits", x, d.upper95(), dashed, top);
        line(chart, "  ", x, d.lower95(), dashed, top).setShowInLegend(false);
        XYSeries target = chart.addSeries("peer average", new double[] {0, x[x.length - 1]},
                new double[] {d.target(), d.target()});
        target.setLineColor(Palette.of(Tone.REFERENCE));
        target.setLineStyle(new BasicStroke(2f));
        target.setMarker(SeriesMarkers.NONE);
        List<FunnelChartData.Point> others = d.points().stream().filter(p -> !p.highlighted()).toList();
        List<FunnelChartData.Point> mine = d.points().stream().filter(FunnelChartData.Point::highlighted).toList();
        if (!others.isEmpty()) {
            XYSeries peers = chart.addSeries(mine.isEmpty() ? d.units() : "peers",
                    others.stream().mapToDouble(FunnelChartData.Point::exposure).toArray(),
                    others.stream().mapToDouble(FunnelChartData.Point::rate).toArray());
            peers.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            peers.setMarker(SeriesMarkers.CIRCLE);
            peers.setMarkerColor(Palette.of(Tone.CURRENT));
        }
        for (FunnelChartData.Point p : mine) {
            XYSeries own = chart.addSeries(p.label(), new double[] {p.exposure()}, new double[] {p.rate()});
            own.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            own.setMarker(SeriesMarkers.DIAMOND);
            own.setMarkerColor(Palette.VERMILLION);
        }
        // labels are centred on their position: put each to the right of its point (in data units, from
        // the plot's width in pixels, about the chart's width less the axis and margins)
        double xMax = d.grid().get(d.grid().size() - 1);
        double perPixel = xMax / Math.max(200, width - 160);
        for (FunnelChartData.Point p : d.points()) {
            if (p.labelled()) {
                double half = ChartStyle.textWidth(ChartStyle.ANNOTATION, p.label()) / 2.0 + 14;
                double x0 = p.exposure() + half * perPixel;
                if (x0 + half * perPixel > xMax) {
                    x0 = p.exposure() - half * perPixel; // no room on the right: to the left
                }
                chart.addAnnotation(new AnnotationText(p.label(), x0, p.rate(), false));
            }
        }
        return chart;
    }

    private static XYSeries line(XYChart chart, String name, double[] x, List<Double> y, BasicStroke stroke,
            double top) {
        double[] values = y.stream().mapToDouble(v -> Math.min(v, top)).toArray();
        XYSeries series = chart.addSeries(name, x, values);
        series.setLineColor(Palette.of(Tone.LIMIT));
        series.setLineStyle(stroke);
        series.setMarker(SeriesMarkers.NONE);
        return series;
    }

    private static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * step >= v) {
                return m * step;
            }
        }
        return 10 * step;
    }

}
