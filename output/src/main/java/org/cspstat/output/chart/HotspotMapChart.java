package org.cspstat.output.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.report.HotspotMapData;
import org.cspstat.report.HotspotMapData.MapArea;
import org.cspstat.report.HotspotMapData.MapCell;
import org.cspstat.report.Tone;

/**
 * The hot-spot map, drawn directly (not as an XY chart) so it reads as a map: named areas (wards)
 * outlined with their names, the grid cells coloured by Gi* class over them, new, emerging and
 * intensifying hot spots marked with a black triangle (so the trend reads without colour), the
 * busiest hot cells named in a box, a scale bar and a north arrow instead of grid-metre axes,
 * and the legend below. Equal metres per pixel on both axes.
 */
final class HotspotMapChart {
    private static final int PAD = 24;
    private static final Color AREA_FILL = new Color(0xF4, 0xF4, 0xF1);
    private static final Color AREA_LINE = new Color(0x55, 0x55, 0x55);
    private static final Color BOUNDARY_LINE = new Color(0x22, 0x22, 0x22);
    private static final Color CELL_GREY = Palette.LIGHT_GREY;
    private static final Font AREA_FONT = new Font(ChartStyle.FAMILY, Font.PLAIN, 22);
    private static final Font CELL_FONT = new Font(ChartStyle.FAMILY, Font.BOLD, 22);
    private static final double[] NICE = {100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000,
        50_000, 100_000};

    private HotspotMapChart() {
    }

    /** Draws the map into a width × height box whose top left corner is the origin. */
    static void paint(HotspotMapData d, Graphics2D g, int width, int height) {
        FontRenderContext frc = g.getFontRenderContext();
        Font titleFont = ChartStyle.fit(ChartStyle.TITLE, d.title(), width - 2 * PAD - 40, 22);
        g.setColor(ChartStyle.TEXT);
        g.setFont(titleFont);
        FontMetrics tm = g.getFontMetrics();
        g.drawString(d.title(), (width - tm.stringWidth(d.title())) / 2f, PAD + tm.getAscent());
        int top = PAD + tm.getHeight() + 14;
        List<LegendItem> legend = legend(d);
        int legendHeight = 40;
        int bottom = height - legendHeight - 10;

        // the extent: the cells, the named areas and the study-area outline
        double half = d.cellSize() / 2;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (MapCell c : d.cells()) {
            minX = Math.min(minX, c.easting() - half);
            maxX = Math.max(maxX, c.easting() + half);
            minY = Math.min(minY, c.northing() - half);
            maxY = Math.max(maxY, c.northing() + half);
        }
        List<List<EastingNorthing>> outlines = new ArrayList<>(d.boundary());
        d.areas().forEach(a -> outlines.addAll(a.rings()));
        for (List<EastingNorthing> ring : outlines) {
            for (EastingNorthing p : ring) {
                minX = Math.min(minX, p.easting());
                maxX = Math.max(maxX, p.easting());
                minY = Math.min(minY, p.northing());
                maxY = Math.max(maxY, p.northing());
            }
        }
        double boxW = width - 2.0 * PAD;
        double boxH = bottom - top;
        double perPixel = Math.max((maxX - minX) / boxW, (maxY - minY) / boxH) * 1.03;
        double x0 = PAD + boxW / 2 - (minX + maxX) / 2 / perPixel;
        double y0 = top + boxH / 2 + (minY + maxY) / 2 / perPixel;
        Projection at = new Projection(x0, y0, perPixel);

        // named areas under everything, then the cells, then outlines and names over them
        for (MapArea a : d.areas()) {
            g.setColor(AREA_FILL);
            g.fill(at.path(a.rings()));
        }
        for (Tone tone : List.of(Tone.NEUTRAL, Tone.DECREASE, Tone.INCREASE)) {
            g.setColor(tone == Tone.NEUTRAL ? CELL_GREY : Palette.of(tone));
            for (MapCell c : d.cells()) {
                if (c.tone() == tone) {
                    double px = at.x(c.easting() - half);
                    double py = at.y(c.northing() + half);
                    g.fill(new Rectangle2D.Double(px, py, d.cellSize() / perPixel, d.cellSize() / perPixel));
                }
            }
        }
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(AREA_LINE);
        for (MapArea a : d.areas()) {
            g.draw(at.path(a.rings()));
        }
        if (!d.boundary().isEmpty()) {
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(BOUNDARY_LINE);
            g.draw(at.path(d.boundary()));
        }
        double side = Math.max(8, d.cellSize() / perPixel * 0.6);
        g.setColor(Palette.BLACK);
        for (MapCell c : d.cells()) {
            if (c.emerging() && !d.emergingLabel().isEmpty()) {
                g.fill(triangle(at.x(c.easting()), at.y(c.northing()), side));
            }
        }

        List<Rectangle2D> taken = new ArrayList<>();
        // the hot cells themselves are kept clear of area names
        for (MapCell c : d.cells()) {
            if (c.tone() == Tone.INCREASE) {
                taken.add(new Rectangle2D.Double(at.x(c.easting() - half), at.y(c.northing() + half),
                        d.cellSize() / perPixel, d.cellSize() / perPixel));
            }
        }
        // the scale bar under the map's south-west corner, the north arrow beside its north-east corner
        double mapLeft = Math.max(PAD + 8, at.x(minX));
        double mapRight = Math.min(width - PAD - 40, at.x(maxX) + 50);
        Rectangle2D scaleBox = scaleBar(g, at, mapLeft, bottom - 12, at.x(maxX) - at.x(minX));
        taken.add(scaleBox);
        taken.add(northArrow(g, mapRight, top + 8));
        for (MapCell c : d.cells()) {
            if (!c.label().isEmpty()) {
                cellLabel(g, frc, c, at, half, taken, width, top, bottom);
            }
        }
        for (MapArea a : d.areas()) {
            boolean named = d.cells().stream().anyMatch(c -> c.label().equals(a.name()));
            areaLabel(g, frc, a, at, taken, named);
        }
        drawLegend(g, legend, width, height - legendHeight + 4);
    }

    /** Metres to pixels: x grows east, y grows down. */
    private record Projection(double x0, double y0, double perPixel) {
        double x(double easting) {
            return x0 + easting / perPixel;
        }

        double y(double northing) {
            return y0 - northing / perPixel;
        }

        Path2D path(List<List<EastingNorthing>> rings) {
            Path2D p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<EastingNorthing> ring : rings) {
                for (int i = 0; i < ring.size(); i++) {
                    EastingNorthing q = ring.get(i);
                    if (i == 0) {
                        p.moveTo(x(q.easting()), y(q.northing()));
                    } else {
                        p.lineTo(x(q.easting()), y(q.northing()));
                    }
                }
                p.closePath();
            }
            return p;
        }
    }

    private static Shape triangle(double cx, double cy, double side) {
        Path2D t = new Path2D.Double();
        double h = side * Math.sqrt(3) / 2;
        t.moveTo(cx, cy - h * 2 / 3);
        t.lineTo(cx + side / 2, cy + h / 3);
        t.lineTo(cx - side / 2, cy + h / 3);
        t.closePath();
        return t;
    }

    /** An area's name at its label point, on one or two lines, with a white halo; moved or shrunk to avoid others. */
    private static void areaLabel(Graphics2D g, FontRenderContext frc, MapArea a, Projection at, List<Rectangle2D> taken,
            boolean named) {
        double cx = at.x(a.label().easting());
        double cy = at.y(a.label().northing());
        List<String> lines = lines(a.name(), AREA_FONT, frc);
        for (float size = AREA_FONT.getSize2D(); size >= 13; size -= 2) {
            Font f = AREA_FONT.deriveFont(size);
            double lineH = f.getLineMetrics("Ag", frc).getHeight();
            double w = lines.stream().mapToDouble(l -> f.getStringBounds(l, frc).getWidth()).max().orElse(0);
            double h = lineH * lines.size();
            for (double[] shift : new double[][] {{0, 0}, {0, -0.8}, {0, 0.8}, {-0.4, 0}, {0.4, 0}, {0, -1.5}, {0, 1.5}}) {
                Rectangle2D box = new Rectangle2D.Double(cx - w / 2 + shift[0] * w, cy - h / 2 + shift[1] * h, w, h);
                if (taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i);
                        double lw = f.getStringBounds(line, frc).getWidth();
                        halo(g, f, frc, line, box.getCenterX() - lw / 2,
                                box.getY() + lineH * i + f.getLineMetrics(line, frc).getAscent(), ChartStyle.TEXT);
                    }
                    return;
                }
            }
        }
        if (!named) {
            // nowhere clear: the name still goes at its point, small, rather than be lost
            Font f = AREA_FONT.deriveFont(13f);
            double lineH = f.getLineMetrics("Ag", frc).getHeight();
            for (int i = 0; i < lines.size(); i++) {
                double lw = f.getStringBounds(lines.get(i), frc).getWidth();
                halo(g, f, frc, lines.get(i), cx - lw / 2, cy - lineH * lines.size() / 2 + lineH * i
                        + f.getLineMetrics(lines.get(i), frc).getAscent(), ChartStyle.TEXT);
            }
        }
    }

    /** A name of more than 14 characters is broken at the space nearest its middle. */
    private static List<String> lines(String name, Font f, FontRenderContext frc) {
        if (name.length() <= 14 || !name.contains(" ")) {
            return List.of(name);
        }
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - name.length() / 2) < Math.abs(best - name.length() / 2))) {
                best = i;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    private static void halo(Graphics2D g, Font f, FontRenderContext frc, String text, double x, double y, Color colour) {
        TextLayout layout = new TextLayout(text, f, frc);
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    /** A hot cell's name in a white box beside it, on the first side where it overlaps nothing, with a leader line. */
    private static void cellLabel(Graphics2D g, FontRenderContext frc, MapCell c, Projection at, double half,
            List<Rectangle2D> taken, int width, int top, int bottom) {
        Rectangle2D text = CELL_FONT.getStringBounds(c.label(), frc);
        double w = text.getWidth() + 14;
        double h = text.getHeight() + 8;
        double cx = at.x(c.easting());
        double cy = at.y(c.northing());
        double r = half / at.perPixel() + 10;
        double[][] places = {{r, -h - 4}, {r, 4}, {-r - w, -h - 4}, {-r - w, 4}, {-w / 2, -r - h}, {-w / 2, r},
            {r + 30, -h - 30}, {-r - w - 30, -h - 30}, {r + 30, 30}, {-r - w - 30, 30}};
        Rectangle2D box = null;
        for (double[] p : places) {
            Rectangle2D candidate = new Rectangle2D.Double(cx + p[0], cy + p[1], w, h);
            boolean inside = candidate.getMinX() >= PAD && candidate.getMaxX() <= width - PAD
                    && candidate.getMinY() >= top && candidate.getMaxY() <= bottom;
            if (inside && taken.stream().noneMatch(candidate::intersects)) {
                box = candidate;
                break;
            }
        }
        if (box == null) {
            box = new Rectangle2D.Double(cx + r, cy - h - 4, w, h);
        }
        taken.add(box);
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(ChartStyle.TEXT);
        double ex = Math.max(box.getMinX(), Math.min(cx, box.getMaxX()));
        double ey = Math.max(box.getMinY(), Math.min(cy, box.getMaxY()));
        g.draw(new java.awt.geom.Line2D.Double(cx, cy, ex, ey));
        g.setColor(new Color(255, 255, 255, 235));
        g.fill(box);
        g.setColor(ChartStyle.TEXT);
        g.draw(box);
        g.setFont(CELL_FONT);
        g.drawString(c.label(), (float) (box.getX() + 7), (float) (box.getY() + 4 - text.getY()));
    }

    /** A scale bar of a round length, at most a quarter of the map's width, at the bottom left; returns its box. */
    private static Rectangle2D scaleBar(Graphics2D g, Projection at, double x, double y, double mapWidth) {
        double want = mapWidth * at.perPixel() / 4;
        double metres = NICE[0];
        for (double n : NICE) {
            if (n <= want) {
                metres = n;
            }
        }
        double len = metres / at.perPixel();
        double barH = 8;
        g.setColor(new Color(255, 255, 255, 220));
        Rectangle2D box = new Rectangle2D.Double(x - 6, y - barH - 30, len + 60, barH + 36);
        g.fill(box);
        g.setStroke(new BasicStroke(1.2f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D part = new Rectangle2D.Double(x + len * i / 4, y - barH, len / 4, barH);
            g.setColor(i % 2 == 0 ? Palette.BLACK : Color.WHITE);
            g.fill(part);
            g.setColor(Palette.BLACK);
            g.draw(part);
        }
        g.setFont(ChartStyle.ANNOTATION);
        g.setColor(ChartStyle.TEXT);
        FontMetrics m = g.getFontMetrics();
        String label = metres >= 1_000 ? String.format(Locale.ROOT, "%s km", trim(metres / 1_000))
                : String.format(Locale.ROOT, "%.0f m", metres);
        g.drawString("0", (float) (x - m.stringWidth("0") / 2.0), (float) (y - barH - 6));
        g.drawString(label, (float) (x + len - m.stringWidth(label) / 2.0), (float) (y - barH - 6));
        return box;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A north arrow (grid north, within a degree of true north in England) at the top right; returns its box. */
    private static Rectangle2D northArrow(Graphics2D g, double x, double y) {
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x, y + 28);
        arrow.lineTo(x + 12, y + 62);
        arrow.lineTo(x, y + 52);
        arrow.lineTo(x - 12, y + 62);
        arrow.closePath();
        g.setColor(Palette.BLACK);
        g.fill(arrow);
        g.setFont(CELL_FONT);
        FontMetrics m = g.getFontMetrics();
        g.drawString("N", (float) (x - m.stringWidth("N") / 2.0), (float) (y + 22));
        return new Rectangle2D.Double(x - 20, y, 40, 66);
    }

    private record LegendItem(String label, Color fill, boolean triangle, boolean line) {
    }

    private static List<LegendItem> legend(HotspotMapData d) {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem("hot spot (Gi*, adjusted p < 0.05)", Palette.VERMILLION, false, false));
        if (d.cells().stream().anyMatch(c -> c.tone() == Tone.DECREASE)) {
            items.add(new LegendItem("cold spot", Palette.BLUE, false, false));
        }
        items.add(new LegendItem(String.format(Locale.ROOT, "%.0f m cell with incidents, not significant", d.cellSize()),
                CELL_GREY, false, false));
        if (!d.emergingLabel().isEmpty() && d.cells().stream().anyMatch(MapCell::emerging)) {
            items.add(new LegendItem(d.emergingLabel(), Palette.BLACK, true, false));
        }
        if (!d.areas().isEmpty()) {
            items.add(new LegendItem("area boundary", AREA_LINE, false, true));
        }
        return items;
    }

    private static void drawLegend(Graphics2D g, List<LegendItem> items, int width, int y) {
        Font font = ChartStyle.LEGEND;
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        int swatch = 22;
        int gap = 28;
        int total = 0;
        for (LegendItem item : items) {
            total += swatch + 8 + m.stringWidth(item.label()) + gap;
        }
        total -= gap;
        if (total > width - 2 * PAD) {
            font = font.deriveFont(Math.max(14f, font.getSize2D() * (width - 2f * PAD) / total));
            g.setFont(font);
            m = g.getFontMetrics();
            total = 0;
            for (LegendItem item : items) {
                total += swatch + 8 + m.stringWidth(item.label()) + gap;
            }
            total -= gap;
        }
        double x = (width - total) / 2.0;
        for (LegendItem item : items) {
            g.setColor(item.fill());
            if (item.triangle()) {
                g.fill(triangle(x + swatch / 2.0, y + swatch / 2.0 + 2, swatch));
            } else if (item.line()) {
                g.setStroke(new BasicStroke(2f));
                g.draw(new java.awt.geom.Line2D.Double(x, y + swatch / 2.0, x + swatch, y + swatch / 2.0));
            } else {
                g.fill(new Rectangle2D.Double(x, y, swatch, swatch));
            }
            g.setColor(ChartStyle.TEXT);
            g.drawString(item.label(), (float) (x + swatch + 8), (float) (y + swatch / 2.0 + m.getAscent() / 2.0 - 2));
            x += swatch + 8 + m.stringWidth(item.label()) + gap;
        }
    }
}
