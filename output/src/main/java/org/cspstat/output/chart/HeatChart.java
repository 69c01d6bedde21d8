package org.cspstat.output.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.cspstat.report.HeatChartData;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * A grid of counts (weekday by hour), each cell shaded from white (none) to the palette's blue
 * (the most) and labelled with its count; the first row is drawn at the top. The note (what has
 * no time) is drawn beside the source line by {@link ChartRenderer}.
 */
final class HeatChart {
    /** From no incidents to the most: white, then light and full Okabe–Ito blue (one hue, safe in greyscale). */
    static final Color[] RAMP = {Color.WHITE, new Color(0xC6, 0xE2, 0xF4), Palette.SKY_BLUE, Palette.BLUE};

    /** The smallest count drawn in the full blue. */
    static final int FULL = 5;

    private HeatChart() {
    }

    static HeatMapChart build(HeatChartData d, int width, int height) {
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(d.title())
                .xAxisTitle(d.columnTitle()).yAxisTitle(d.rowTitle()).build();
        HeatMapStyler s = chart.getStyler();
        ChartStyle.apply(s, d.title(), width);
        s.setPlotGridLinesVisible(false);
        s.setRangeColors(RAMP);
        s.setShowValue(true);
        s.setValueFont(new Font(ChartStyle.FAMILY, Font.PLAIN, d.columnLabels().size() > 16 ? 17 : 20));
        s.setValueFontColor(ChartStyle.TEXT);
        s.setHeatMapValueDecimalPattern("#,##0");
        s.setHeatMapDecimalValueFormatter(v -> String.format(java.util.Locale.ROOT, "%,.0f", v));
        s.setMin(0);
        // a sparse grid (at most a few a cell) is not painted full blue: the darkest shade needs at least FULL
        s.setMax(Math.max(FULL, d.max()));
        s.setDrawBorder(true);
        // every cell gives its count, so no colour key is needed (XChart's would print 0.0 to 6.0)
        s.setLegendVisible(false);
        s.setAxisTicksMarksVisible(false);
        // the first row at the top: XChart draws the first y value at the bottom
        List<String> rows = new ArrayList<>(d.rowLabels());
        java.util.Collections.reverse(rows);
        List<Number[]> cells = new ArrayList<>();
        int n = d.rowLabels().size();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < d.columnLabels().size(); c++) {
                cells.add(new Number[] {c, n - 1 - r, d.counts().get(r).get(c)});
            }
        }
        chart.addSeries("Incidents", d.columnLabels(), rows, cells);
        return chart;
    }
}
