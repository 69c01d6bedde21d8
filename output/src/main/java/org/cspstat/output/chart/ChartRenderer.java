package org.cspstat.output.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.cspstat.report.BarChartData;
import org.cspstat.report.BarSeries;
import org.cspstat.report.Tone;
import org.cspstat.report.ChartData;
import org.cspstat.report.FunnelChartData;
import org.cspstat.report.RollingChartData;
import org.cspstat.report.HeatChartData;
import org.cspstat.report.HotspotMapData;
import org.cspstat.report.LorenzChartData;
import org.cspstat.report.RiskMatrixData;
import org.cspstat.report.TrendChartData;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Draws a {@link ChartData} as PNG or SVG: the chart itself by XChart, then the source line
 * along the bottom. PNGs can be scaled for print: the layout is drawn at the logical size and
 * the pixels multiplied, so a scale of 2 gives a 3200×1800 image that looks the same.
 */
public final class ChartRenderer {
    /** The default width in pixels. */
    public static final int WIDTH = 1600;
    /** The default height in pixels. */
    public static final int HEIGHT = 900;
    private static final int FOOTER = 44;
    private static final int RIGHT = 24;

    private ChartRenderer() {
    }

    /**
     * Renders a chart as PNG.
     *
     * @param data the chart
     * @param width the logical width in pixels
     * @param height the logical height in pixels
     * @param scale the pixel multiplier, 1 for screen, 2 or 3 for print
     * @return the PNG bytes, {@code width·scale × height·scale} pixels
     */
    public static byte[] png(ChartData data, int width, int height, double scale) {
        return PngWriter.write(image(data, width, height, scale));
    }

    /**
     * Renders a chart into an image.
     *
     * @param data the chart
     * @param width the logical width in pixels
     * @param height the logical height in pixels
     * @param scale the pixel multiplier
     * @return the image
     */
    public static BufferedImage image(ChartData data, int width, int height, double scale) {
        if (width < 320 || height < 240 || !(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("charts must be at least 320×240 with a scale from 0.5 to 8");
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            paint(data, g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Renders a chart as SVG, through XChart's vector graphics library (VectorGraphics2D).
     *
     * @param data the chart
     * @param width the width in pixels
     * @param height the height in pixels
     * @return the SVG text as UTF-8 bytes
     */
    public static byte[] svg(ChartData data, int width, int height) {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(data, g, width, height);
        Document doc = Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, width, height));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Loads the fonts and the chart classes by drawing a small chart and throwing it away, so a
     * caller can do this while it waits for data.
     */
    public static void warmUp() {
        BarChartData d = new BarChartData("warm-up", "warm up", "x", "y", List.of("a"),
                List.of(new BarSeries("s", List.of(1.0), Tone.CURRENT)), false, "none", "warm up");
        PngWriter.write(image(d, 320, 240, 1));
    }

    private static void paint(ChartData data, Graphics2D g, int width, int height) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (data instanceof HotspotMapData map) {
            HotspotMapChart.paint(map, g, width - RIGHT, height - FOOTER);
        } else {
            int right = right(data, width);
            chart(data, width - right, height - FOOTER).paint(g, width - right, height - FOOTER);
        }
        g.setFont(ChartStyle.SOURCE);
        g.setColor(ChartStyle.TEXT);
        String note = data instanceof HeatChartData h && !h.note().isEmpty() ? "   ·   " + h.note() : "";
        g.drawString("Source: " + data.source() + note, 24, height - 16);
    }

    private static int right(ChartData data, int width) {
        return data instanceof BarChartData b ? Math.max(RIGHT, BarChart.rightMargin(b, width)) : RIGHT;
    }

    private static Chart<?, ?> chart(ChartData data, int width, int height) {
        if (data instanceof BarChartData d) {
            return BarChart.build(d, width, height);
        }
        if (data instanceof TrendChartData d) {
            return TrendChart.build(d, width, height);
        }
        if (data instanceof RiskMatrixData d) {
            return RiskMatrixChart.build(d, width, height);
        }
        if (data instanceof RollingChartData d) {
            return RollingChart.build(d, width, height);
        }
        if (data instanceof FunnelChartData d) {
            return FunnelChart.build(d, width, height);
        }
        if (data instanceof HeatChartData d) {
            return HeatChart.build(d, width, height);
        }
        return LorenzChart.build((LorenzChartData) data, width, height);
    }
}
