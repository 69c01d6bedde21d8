package org.cspstat.output.chart;

import java.awt.BasicStroke;
import org.cspstat.report.LorenzChartData;
import org.cspstat.report.Tone;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The Lorenz curve of incidents over areas, against the line of equality, in percent. */
final class LorenzChart {
    private LorenzChart() {
    }

    static XYChart build(LorenzChartData d, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle("Share of areas, fewest incidents first (%)").yAxisTitle("Share of incidents (%)").build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setPlotGridVerticalLinesVisible(true);
        s.setXAxisMin(0.0);
        s.setXAxisMax(100.0);
        s.setYAxisMin(0.0);
        s.setYAxisMax(100.0);
        s.setXAxisDecimalPattern("0");
        s.setYAxisDecimalPattern("0");
        XYSeries equality = chart.addSeries("equal spread", new double[] {0, 100}, new double[] {0, 100});
        equality.setLineColor(Palette.of(Tone.REFERENCE));
        equality.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {12f, 8f}, 0f));
        equality.setMarker(SeriesMarkers.NONE);
        double[] x = d.areaShare().stream().mapToDouble(v -> 100 * v).toArray();
        double[] y = d.incidentShare().stream().mapToDouble(v -> 100 * v).toArray();
        XYSeries curve = chart.addSeries("incidents (" + d.note() + ")", x, y);
        curve.setLineColor(Palette.of(Tone.CURRENT));
        curve.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        curve.setMarker(SeriesMarkers.NONE);
        return chart;
    }
}
