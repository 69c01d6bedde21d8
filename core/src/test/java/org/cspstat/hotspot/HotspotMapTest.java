package org.cspstat.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cspstat.format.Table;
import org.cspstat.table.Tables;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.LonLat;
import org.junit.jupiter.api.Test;

class HotspotMapTest {
    private static final List<String> CELL_KEYS = List.of("row", "col", "count", "z", "pValue",
            "pAdjusted", "hot", "cold", "centroidLat", "centroidLon", "easting", "northing",
            "location", "lsoa", "emerging");

    /** Points spread uniformly over a 5 km square of Stevenage, one incident each. */
    private static List<PointCount> uniform(int points, long seed) {
        Random random = new Random(seed);
        List<PointCount> out = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            out.add(at(520000 + 5000 * random.nextDouble(), 220000 + 5000 * random.nextDouble(),
                    "On or near Somewhere", "E01000001"));
        }
        return out;
    }

    private static PointCount at(double easting, double northing, String location, String lsoa) {
        LonLat p = BritishNationalGrid.toLonLat(easting, northing);
        return new PointCount(p.lon(), p.lat(), 1, location, lsoa);
    }

    /**
     * A cluster spread over a block of cells (sd 200 m): Gi* by conditional permutation keeps each
     * cell's own count and asks whether its neighbours are high, so a spot confined to one cell
     * is not what it finds; a cluster over several neighbouring cells is.
     */
    private static List<PointCount> cluster(int points, long seed) {
        Random random = new Random(seed);
        List<PointCount> out = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            out.add(at(522610 + 200 * random.nextGaussian(), 222620 + 200 * random.nextGaussian(),
                    "On or near Park Place", "E01023750"));
        }
        return out;
    }

    private static HotspotCell cellAt(HotspotResult map, double easting, double northing) {
        return map.cell(map.grid().rowOf(northing), map.grid().colOf(easting));
    }

    @Test
    void findsATightClusterPlantedInUniformBackgroundAsAHotCell() {
        List<PointCount> points = new ArrayList<>(uniform(2000, 1));
        points.addAll(cluster(300, 2));
        HotspotResult map = HotspotMap.of(points, 250);
        HotspotCell cell = cellAt(map, 522610, 222620);
        assertTrue(cell.hot());
        assertTrue(cell.count() >= 30);
        assertEquals("On or near Park Place", cell.location());
        assertEquals("E01023750", cell.lsoa());
    }

    @Test
    void findsAtMostFivePercentSignificantCellsInUniformPoints() {
        HotspotResult map = HotspotMap.of(uniform(4000, 3), 250);
        long significant = map.cells().stream().filter(c -> c.hot() || c.cold()).count();
        assertTrue(significant <= 0.05 * map.cells().size(), significant + " significant cells");
    }

    @Test
    void namesTheCommonestLocationAndLsoaOfACell() {
        List<PointCount> points = List.of(
                at(520010, 220010, "On or near B Street", "E01000002"),
                at(520020, 220020, "On or near A Street", "E01000002"),
                at(520030, 220030, "On or near C Street", "E01000001"),
                at(520040, 220040, "On or near C Street", "E01000001"),
                at(520050, 220050, "On or near B Street", "E01000002"));
        HotspotCell cell = HotspotMap.of(points, 250).cell(0, 0);
        assertEquals(5, cell.count());
        // B and C Street tie on 2; the alphabetically first wins
        assertEquals("On or near B Street", cell.location());
        assertEquals("E01000002", cell.lsoa());
    }

    @Test
    void writesEveryCellWithTheAgreedJsonKeys() {
        HotspotResult map = HotspotMap.of(List.of(at(520010, 220010, "X", "L"),
                at(520760, 220260, "Y", "M")), 250);
        String json = org.cspstat.json.CspstatJson.write(map);
        assertTrue(json.startsWith("{\"cellSize\":250,\"rows\":2,\"cols\":4,\"studyArea\":\"every cell of the rectangle"
                + " over the points mapped\",\"permutations\":9999,\"seed\":20210601,\"outsideArea\":0,\"cells\":[{\"row\":0,"
                + "\"col\":0,\"count\":1,"), json);
        assertEquals(8, count(json, "\"row\":"));
        String firstCell = json.substring(json.indexOf("[{") + 1, json.indexOf("},{") + 1);
        assertEquals(CELL_KEYS, keys(firstCell));
        assertTrue(firstCell.endsWith("\"location\":\"X\",\"lsoa\":\"L\",\"emerging\":null}"),
                firstCell);
        assertTrue(json.contains("\"easting\":520125,\"northing\":220125,"), json);
    }

    @Test
    void writesGeoJsonCellSquaresInWgs84() {
        HotspotResult map = HotspotMap.of(List.of(at(520010, 220010, "X", "L")), 250);
        String geo = org.cspstat.json.CspstatJson.geoJson(map);
        LonLat sw = BritishNationalGrid.toLonLat(520000, 220000);
        assertTrue(geo.startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + sw.lon() + "," + sw.lat()
                + "],"), geo);
        String properties = geo.substring(geo.indexOf("\"properties\":") + 13);
        assertEquals(CELL_KEYS, keys(properties));
    }

    @Test
    void offersATableWithOneRowPerCell() {
        Table table = Tables.of(HotspotMap.of(List.of(at(520010, 220010, "X", "L"),
                at(520760, 220260, "Y", "M")), 250));
        assertEquals(CELL_KEYS, table.columnNames());
        assertEquals(8, table.rowCount());
    }

    @Test
    void classifiesAClusterOfTheLastTwoMonthsAsEmerging() {
        List<List<PointCount>> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            List<PointCount> month = new ArrayList<>(uniform(300, 10 + m));
            if (m >= 10) {
                month.addAll(cluster(150, 99 + m));
            }
            months.add(month);
        }
        HotspotResult map = HotspotMap.withEmerging(months, 250);
        assertEquals(EmergingClass.EMERGING, cellAt(map, 522610, 222620).emerging());
        assertTrue(org.cspstat.json.CspstatJson.write(map).contains("\"emerging\":\"emerging\""));
    }

    @Test
    void refusesAShortRunOfPeriods() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HotspotMap.withEmerging(List.of(uniform(5, 1), uniform(5, 2)), 250));
        assertEquals("emerging hot spots need at least 10 periods but got 2: use months rather"
                + " than quarters, or a longer run", e.getMessage());
    }

    @Test
    void rejectsPointsWithoutCoordinates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PointCount(Double.NaN, Double.NaN, 1, null, null));
        assertEquals("a point count needs coordinates; rows without them must be counted and left"
                + " out by the caller", e.getMessage());
    }

    @Test
    void leavesEmptyCellsWithoutLocation() {
        HotspotResult map = HotspotMap.of(List.of(at(520010, 220010, "X", "L"),
                at(520760, 220260, "Y", "M")), 250);
        assertNull(map.cell(1, 0).location());
        assertEquals(0, map.cell(1, 0).count());
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> keys(String object) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"(\\w+)\":").matcher(object);
        while (m.find() && !keys.contains(m.group(1))) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void aLargeAreaGetsLargerCellsSoTheGridStaysBounded() {
        // two points some 250 km apart (Bristol and Norwich): 250 m cells would make about a
        // million; doubling stops at the first size with at most MAX_CELLS
        List<List<PointCount>> far = List.of(List.of(new PointCount(-2.59, 51.45, 3, "On or near A", "E01000001"),
                new PointCount(1.30, 52.63, 4, "On or near B", "E01000002")));
        org.junit.jupiter.api.Assertions.assertTrue(HotspotMap.cells(far, 250) > HotspotMap.MAX_CELLS);
        double size = HotspotMap.cellSizeFor(far, 250);
        org.junit.jupiter.api.Assertions.assertTrue(HotspotMap.cells(far, size) <= HotspotMap.MAX_CELLS);
        org.junit.jupiter.api.Assertions.assertTrue(HotspotMap.cells(far, size / 2) > HotspotMap.MAX_CELLS);
        org.junit.jupiter.api.Assertions.assertEquals(0, Math.log(size / 250) / Math.log(2) % 1, 1e-12, "a power of two");
        // a town keeps the size asked for
        List<List<PointCount>> town = List.of(List.of(new PointCount(-0.20, 51.90, 3, "On or near A", "E01000001"),
                new PointCount(-0.15, 51.92, 4, "On or near B", "E01000002")));
        org.junit.jupiter.api.Assertions.assertEquals(250, HotspotMap.cellSizeFor(town, 250));
    }
}
