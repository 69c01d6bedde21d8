package org.cspstat.output.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cspstat.report.BarChartData;
import org.cspstat.report.BarSeries;
import org.cspstat.report.ChartData;
import org.cspstat.report.HotspotMapData;
import org.cspstat.report.HeatChartData;
import org.cspstat.report.LorenzChartData;
import org.cspstat.report.RiskMatrixData;
import org.cspstat.report.Tone;
import org.cspstat.report.TrendChartData;
import org.junit.jupiter.api.Test;

class ChartRendererTest {
    static final String SOURCE = "police.uk, Open Government Licence v3.0";
    static final double NAN = Double.NaN;

    static BarChartData bars() {
        return new BarChartData("change-by-category", "Change by category, Apr–Dec 2017 vs Apr–Dec 2016", "Category",
                "Change (%)", List.of("Burglary", "Robbery", "Violence and sexual offences"), List.of(
                        new BarSeries("significant increase", List.of(12.0, NAN, NAN), Tone.INCREASE),
                        new BarSeries("significant decrease", List.of(NAN, -17.1, NAN), Tone.DECREASE),
                        new BarSeries("no clear change", List.of(NAN, NAN, 3.0), Tone.NEUTRAL)), true, SOURCE, "d");
    }

    static TrendChartData trend() {
        List<String> months = List.of("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar");
        return new TrendChartData("trend-all-crime", "All crime by month, 2017/18 vs 2016/17", "Incidents per month",
                months, "2017/18", List.of(610.0, 640.0, NAN, 700.0, 690.0, 720.0, 820.0, 650.0, 630.0, NAN, NAN, NAN),
                "2016/17", List.of(580.0, 600.0, 610.0, 650.0, 640.0, 660.0, 640.0, 620.0, 600.0, 590.0, 570.0, 620.0),
                "centre line", 615, 780, 450, List.of(6), SOURCE, "d");
    }

    static RiskMatrixData matrix() {
        List<Tone> bands = new java.util.ArrayList<>();
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                bands.add(l * i >= 15 ? Tone.HIGH : l * i >= 8 ? Tone.MEDIUM : Tone.LOW);
            }
        }
        return new RiskMatrixData("risk-matrix", "Risk matrix, Apr–Dec 2017 vs Apr–Dec 2016", 5, 8, 15, bands, List.of(
                new RiskMatrixData.PlacedIssue(1, "Violence and sexual offences", 5, 4),
                new RiskMatrixData.PlacedIssue(2, "Anti-social behaviour", 5, 3),
                new RiskMatrixData.PlacedIssue(3, "Burglary", 3, 4),
                new RiskMatrixData.PlacedIssue(4, "Drugs", 3, 4)), SOURCE, "d");
    }

    static HotspotMapData map() {
        List<HotspotMapData.MapCell> cells = new java.util.ArrayList<>();
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 12; c++) {
                Tone t = r == 4 && c == 5 ? Tone.INCREASE : r == 0 && c == 0 ? Tone.DECREASE : Tone.NEUTRAL;
                cells.add(new HotspotMapData.MapCell(523000 + 250 * c, 224000 + 250 * r, t,
                        t == Tone.INCREASE ? "Market Square" : "", t == Tone.INCREASE));
            }
        }
        return new HotspotMapData("hotspot-map", "All crime hot spots, Apr–Dec 2017", 250, cells,
                "new, emerging or intensifying (12 quarters)", SOURCE, "d");
    }

    /** The same cells with two named areas under them, split down the middle. */
    static HotspotMapData mapWithAreas() {
        HotspotMapData plain = map();
        List<org.cspstat.geo.EastingNorthing> west = List.of(new org.cspstat.geo.EastingNorthing(522800, 223800),
                new org.cspstat.geo.EastingNorthing(524400, 223800), new org.cspstat.geo.EastingNorthing(524400, 226600),
                new org.cspstat.geo.EastingNorthing(522800, 226600), new org.cspstat.geo.EastingNorthing(522800, 223800));
        List<org.cspstat.geo.EastingNorthing> east = west.stream()
                .map(p -> new org.cspstat.geo.EastingNorthing(p.easting() + 1600, p.northing())).toList();
        return new HotspotMapData(plain.name(), plain.title(), plain.cellSize(), plain.cells(), plain.emergingLabel(),
                List.of(), List.of(new HotspotMapData.MapArea("Bedwell", List.of(west),
                        new org.cspstat.geo.EastingNorthing(523600, 225200)),
                        new HotspotMapData.MapArea("Bandley Hill & Poplars", List.of(east),
                                new org.cspstat.geo.EastingNorthing(525200, 225200))), SOURCE, "d");
    }

    static LorenzChartData lorenz() {
        return new LorenzChartData("concentration", "Concentration of All crime across LSOAs, Apr–Dec 2017",
                List.of(0.0, 0.25, 0.5, 0.75, 1.0), List.of(0.0, 0.05, 0.2, 0.45, 1.0), "Gini 0.40", SOURCE, "d");
    }

    static HeatChartData heat() {
        List<List<Long>> grid = new java.util.ArrayList<>();
        for (int d = 0; d < 7; d++) {
            List<Long> row = new java.util.ArrayList<>();
            for (int h = 0; h < 24; h++) {
                row.add(d == 5 && h == 22 ? 9L : (long) ((d + h) % 4));
            }
            grid.add(row);
        }
        List<String> hours = new java.util.ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
        }
        return new HeatChartData("time-of-day-all-asb", "All ASB by weekday and hour, Jan 2022", hours, "Hour of the day",
                List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "Weekday", grid,
                "7 time not recorded; 173 from police.uk (month only)", SOURCE, "d");
    }

    static List<ChartData> all() {
        return List.of(bars(), trend(), matrix(), map(), lorenz(), heat());
    }

    @Test
    void theHeatChartShadesTheBusiestCellInTheFullBlueAndSaysWhatHasNoTime() {
        java.awt.image.BufferedImage heat = ChartRenderer.image(heat(), 1600, 900, 1);
        assertTrue(Images.pixels(heat, Palette.BLUE) > 1000, "the busiest cell (9) in Okabe-Ito blue");
        assertTrue(Images.pixels(heat, Palette.BLUE) < 8000, "and only that cell");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HeatChartData("x",
                "t", List.of("a"), "x", List.of("r"), "y", List.of(List.of(1L, 2L)), "", SOURCE, "d"));
    }

    @Test
    void everyKindRendersAReadablePngOfTheAskedSizeThatIsNotBlank() {
        for (ChartData c : all()) {
            Images.checkPng(ChartRenderer.png(c, 1600, 900, 1), 1600, 900);
        }
    }

    @Test
    void aScaleForPrintMultipliesThePixels() {
        Images.checkPng(ChartRenderer.png(bars(), 1600, 900, 2), 3200, 1800);
        Images.checkPng(ChartRenderer.png(trend(), 800, 450, 1), 800, 450);
    }

    @Test
    void theToneColoursComeFromTheOkabeItoPalette() {
        BufferedImage bars = ChartRenderer.image(bars(), 1600, 900, 1);
        assertTrue(Images.pixels(bars, Palette.VERMILLION) > 1000, "increase bar in vermillion");
        assertTrue(Images.pixels(bars, Palette.BLUE) > 1000, "decrease bar in blue");
        BufferedImage map = ChartRenderer.image(map(), 1600, 900, 1);
        assertTrue(Images.pixels(map, Palette.VERMILLION) > 200, "hot cell in vermillion");
        assertTrue(Images.pixels(map, Palette.LIGHT_GREY) > 2000, "other cells in light grey");
    }

    @Test
    void theMapDrawsNamedAreasUnderTheCellsAndAScaleBarNotGridMetres() {
        BufferedImage plain = ChartRenderer.image(map(), 1600, 900, 1);
        BufferedImage areas = ChartRenderer.image(mapWithAreas(), 1600, 900, 1);
        Images.checkPng(ChartRenderer.png(mapWithAreas(), 1600, 900, 1), 1600, 900);
        // the areas' light fill shows where no cell covers them; the plain map has none of it
        java.awt.Color fill = new java.awt.Color(0xF4, 0xF4, 0xF1);
        assertEquals(0, Images.pixels(plain, fill));
        assertTrue(Images.pixels(areas, fill) > 5_000, "area fill");
        assertTrue(Images.pixels(areas, Palette.VERMILLION) > 200, "hot cell over the areas");
        // the scale bar's black segments at the bottom left, where XChart put its axis in metres
        int black = 0;
        for (int x = 20; x < 600; x++) {
            for (int y = 700; y < 830; y++) {
                black += (areas.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
            }
        }
        assertTrue(black > 300, "scale bar: " + black + " black pixels");
    }

    @Test
    void theFrameIsWhiteNotXchartsDefaultGrey() {
        BufferedImage image = ChartRenderer.image(lorenz(), 1600, 900, 1);
        for (int x = 0; x < 1600; x++) {
            for (int y = 0; y < 12; y++) {
                assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "top edge at " + x + "," + y);
            }
        }
        for (int y = 0; y < 900; y++) {
            for (int x = 1588; x < 1600; x++) {
                assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "right edge at " + x + "," + y);
            }
        }
    }

    @Test
    void svgIsWrittenThroughXchartsVectorGraphicsLibrary() {
        String svg = new String(ChartRenderer.svg(matrix(), 1600, 900), StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml"), svg.substring(0, 40));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("Source: police.uk, Open Government Licence v3.0"));
    }

    @Test
    void aTinyOrHugeScaleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartRenderer.png(bars(), 1600, 900, 20));
        assertEquals("charts must be at least 320×240 with a scale from 0.5 to 8", e.getMessage());
    }

    @Test
    void aLongTitleIsSetSmallerToFit() {
        String title = "A very long title ".repeat(8);
        java.awt.Font f = ChartStyle.fit(ChartStyle.TITLE, title, 1500, 22);
        assertTrue(f.getSize() < 32 && f.getSize() >= 22, "size " + f.getSize());
        assertEquals(32, ChartStyle.fit(ChartStyle.TITLE, "Short", 1500, 22).getSize());
    }
}
