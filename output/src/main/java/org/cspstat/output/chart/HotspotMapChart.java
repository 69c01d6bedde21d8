package org.cspstat.output.chart;

import java.util.List;
import java.util.Locale;
import org.cspstat.report.HotspotMapData;
import org.cspstat.report.HotspotMapData.MapCell;
import org.cspstat.report.Tone;
import org.knowm.xchart.AnnotationTextPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.XYStyler;

/**
 * Grid cells on British National Grid axes, coloured by Gi* class, at equal scale on both axes;
 * new, emerging and intensifying hot spots carry a black triangle, so the trend reads without
 * colour.
 */
final class HotspotMapChart {
    private HotspotMapChart() {
    }

    static XYChart build(HotspotMapData d, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle("Easting (metres, British National Grid)").yAxisTitle("Northing (metres)").build();
        XYStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setPlotGridVerticalLinesVisible(true);
        s.setXAxisDecimalPattern("#,##0");
        s.setYAxisDecimalPattern("#,##0");
        double half = d.cellSize() / 2;
        double minX = d.cells().stream().mapToDouble(MapCell::easting).min().orElseThrow() - half;
        double maxX = d.cells().stream().mapToDouble(MapCell::easting).max().orElseThrow() + half;
        double minY = d.cells().stream().mapToDouble(MapCell::northing).min().orElseThrow() - half;
        double maxY = d.cells().stream().mapToDouble(MapCell::northing).max().orElseThrow() + half;
        // equal metres per pixel on both axes, for an approximate plot area of the chart
        double plotW = width - 260.0;
        double plotH = height - 300.0;
        double perPixel = Math.max((maxX - minX) / plotW, (maxY - minY) / plotH) * 1.04;
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        s.setXAxisMin(cx - perPixel * plotW / 2);
        s.setXAxisMax(cx + perPixel * plotW / 2);
        s.setYAxisMin(cy - perPixel * plotH / 2);
        s.setYAxisMax(cy + perPixel * plotH / 2);
        s.setAnnotationTextPanelFont(ChartStyle.ANNOTATION);
        s.setAnnotationTextPanelBackgroundColor(new java.awt.Color(255, 255, 255, 225));
        s.setAnnotationTextPanelBorderColor(ChartStyle.TEXT);
        s.setAnnotationTextPanelFontColor(ChartStyle.TEXT);
        s.setAnnotationTextPanelPadding(5);
        Polygons cells = new Polygons(chart);
        for (Tone tone : List.of(Tone.NEUTRAL, Tone.DECREASE, Tone.INCREASE)) {
            for (MapCell c : d.cells()) {
                if (c.tone() == tone) {
                    cells.rectangle(label(tone, d.cellSize()), c.easting() - half, c.northing() - half,
                            c.easting() + half, c.northing() + half,
                            tone == Tone.NEUTRAL ? Palette.LIGHT_GREY : Palette.of(tone));
                }
            }
        }
        double[] risingX = d.cells().stream().filter(MapCell::emerging).mapToDouble(MapCell::easting).toArray();
        double[] risingY = d.cells().stream().filter(MapCell::emerging).mapToDouble(MapCell::northing).toArray();
        if (risingX.length > 0 && !d.emergingLabel().isEmpty()) {
            XYSeries rising = chart.addSeries(d.emergingLabel(), risingX, risingY);
            rising.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            rising.setMarker(SeriesMarkers.TRIANGLE_UP);
            rising.setMarkerColor(Palette.BLACK);
            s.setMarkerSize(Math.max(8, (int) Math.round(d.cellSize() / perPixel * 0.55)));
        }
        for (MapCell c : d.cells()) {
            if (!c.label().isEmpty()) {
                chart.addAnnotation(new AnnotationTextPanel(c.label(), c.easting() + half + 8 * perPixel,
                        c.northing() + 18 * perPixel, false));
            }
        }
        return chart;
    }

    private static String label(Tone tone, double cellSize) {
        return switch (tone) {
            case INCREASE -> "hot spot (Gi*, adjusted p < 0.05)";
            case DECREASE -> "cold spot";
            default -> String.format(Locale.ROOT, "%.0f m cell, not significant", cellSize);
        };
    }
}
