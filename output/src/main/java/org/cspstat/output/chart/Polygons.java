package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Filled rectangles on an XY chart, one series each, with one legend entry per label. */
final class Polygons {
    private static final BasicStroke EDGE = new BasicStroke(1f);
    private final XYChart chart;
    private final Set<String> labelled = new HashSet<>();
    private int count;

    Polygons(XYChart chart) {
        this.chart = chart;
    }

    /** Adds a filled rectangle; the first rectangle with a label shows it in the legend. */
    void rectangle(String label, double x0, double y0, double x1, double y1, Color fill) {
        boolean first = labelled.add(label);
        String name = first ? label : "\u200B" + label + "#" + count;
        count++;
        XYSeries s = chart.addSeries(name, new double[] {x0, x1, x1, x0, x0}, new double[] {y0, y0, y1, y1, y0});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(EDGE);
        s.setShowInLegend(first);
    }
}
