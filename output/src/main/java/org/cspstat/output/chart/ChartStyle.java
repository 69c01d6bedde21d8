package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look every chart shares, sized for 1600×900 and readable when shrunk onto a page: large
 * sans-serif type, a white background without XChart's grey frame, light grid lines, the
 * legend above the plot.
 */
final class ChartStyle {
    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 32);
    static final Font AXIS_TITLE = new Font(FAMILY, Font.PLAIN, 24);
    static final Font TICKS = new Font(FAMILY, Font.PLAIN, 20);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 20);
    static final Font ANNOTATION = new Font(FAMILY, Font.PLAIN, 17);
    static final Font SOURCE = new Font(FAMILY, Font.PLAIN, 17);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);

    private ChartStyle() {
    }

    /**
     * Applies the shared look, with the title's type made smaller (down to 22 points) when the
     * title would not fit the chart's width.
     */
    static void apply(AxesChartStyler s, String title, int width) {
        apply(s);
        s.setChartTitleFont(fit(TITLE, title, width - 2 * 24 - 40, 22));
    }

    /** @return the font, or a smaller one of the same family and style, in which the text fits */
    static Font fit(Font font, String text, int width, int smallest) {
        Font f = font;
        while (f.getSize() > smallest && textWidth(f, text) > width) {
            f = f.deriveFont((float) f.getSize() - 1);
        }
        return f;
    }

    /** @return the width of the text in pixels, in the font */
    static int textWidth(Font font, String text) {
        return (int) Math.ceil(font.getStringBounds(text, RENDER).getWidth());
    }

    private static final java.awt.font.FontRenderContext RENDER =
            new java.awt.font.FontRenderContext(null, true, true);

    static void apply(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(TITLE);
        s.setChartTitlePadding(18);
        s.setChartFontColor(TEXT);
        s.setChartPadding(24);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICKS);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTitlePadding(14);
        s.setAxisTickPadding(8);
        s.setAxisTickMarkLength(6);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotGridVerticalLinesVisible(false);
        s.setYAxisTickMarkSpacingHint(70);
        s.setXAxisTickMarkSpacingHint(110);
        s.setLegendFont(LEGEND);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendPadding(10);
        s.setLegendSeriesLineLength(36);
        s.setAnnotationTextFont(ANNOTATION);
        s.setAnnotationTextFontColor(TEXT);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
        s.setMarkerSize(12);
    }
}
