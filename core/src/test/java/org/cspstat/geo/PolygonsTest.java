package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

class PolygonsTest {
    private static final PolygonIndex WARDS = Polygons.read(Fixtures.wards());

    @Test
    void detectsTheWardCodeAndNameProperties() {
        assertEquals(List.of("Almond Hill", "Bandley Hill & Poplars", "Bedwell", "Chells",
                "Longmeadow", "Manor", "Martins Wood", "Old Town", "Roebuck", "Shephall",
                "St Nicholas", "Symonds Green", "Woodfield"),
                WARDS.regions().stream().map(Region::name).toList());
        assertEquals("E05015624", WARDS.regions().get(0).code());
    }

    @Test
    void findsBedwellAtItsOnsLabelPoint() {
        // ward.geojson: Bedwell LONG -0.192175, LAT 51.89871
        assertEquals("Bedwell", WARDS.first(-0.192175, 51.89871).orElseThrow().name());
        assertEquals("Symonds Green", WARDS.first(-0.222009, 51.90883).orElseThrow().name());
    }

    @Test
    void findsNoWardOutsideStevenage() {
        assertEquals(List.of(), WARDS.containing(-0.1276, 51.5072)); // London
    }

    @Test
    void putsEachOfThe52LsoaCentroidsInExactlyOneWard() {
        PolygonIndex lsoas = Polygons.read(Fixtures.lsoas(), "LSOA11CD", "LSOA11NM");
        assertEquals(52, lsoas.regions().size());
        for (Region lsoa : lsoas.regions()) {
            var c = lsoa.geometry().getCentroid();
            assertEquals(1, WARDS.containing(c.getX(), c.getY()).size(), lsoa.code());
        }
        Map<String, String> lookup = WARDS.lookupByCentroid(lsoas.regions());
        assertEquals(52, lookup.size());
        assertTrue(lookup.values().stream().allMatch(code -> code.startsWith("E050156")));
    }

    @Test
    void detectsLsoaPropertiesToo() {
        PolygonIndex lsoas = Polygons.read(Fixtures.lsoas());
        assertEquals("E01023750", lsoas.regions().get(0).code());
        assertEquals("Stevenage 009A", lsoas.regions().get(0).name());
    }

    private static DataException failure(String json) {
        return assertThrows(DataException.class,
                () -> Polygons.parse("areas.geojson", new StringReader(json), null, null));
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + properties + ",\"geometry\":" + geometry + "}]}";
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-0.2,51.9],"
            + "[-0.19,51.9],[-0.19,51.91],[-0.2,51.91],[-0.2,51.9]]]}";

    @Test
    void rejectsTextThatIsNotAFeatureCollection() {
        assertEquals("areas.geojson: expected a GeoJSON FeatureCollection",
                failure("{\"type\":\"Polygon\"}").getMessage());
    }

    @Test
    void rejectsFeaturesWithoutACodeNamePair() {
        assertEquals("areas.geojson: no code/name property pair such as WD25CD/WD25NM;"
                + " properties are id, label", failure(feature("{\"id\":1,\"label\":\"x\"}", SQUARE))
                .getMessage());
    }

    @Test
    void rejectsAFeatureLackingTheNamedProperty() throws IOException {
        DataException e = assertThrows(DataException.class, () -> Polygons.parse("areas.geojson",
                new StringReader(feature("{\"WD25CD\":\"E1\"}", SQUARE)), "WD25CD", "WD25NM"));
        assertEquals("areas.geojson: feature 1 has no value for property 'WD25NM'", e.getMessage());
    }

    @Test
    void rejectsProjectedCoordinates() {
        String bng = "{\"type\":\"Polygon\",\"coordinates\":[[[523000,223000],[524000,223000],"
                + "[524000,224000],[523000,223000]]]}";
        assertEquals("areas.geojson: feature 1: coordinates must be WGS84 longitude/latitude degrees"
                + " but (523000, 223000) is not, which looks like British National Grid metres",
                failure(feature("{\"XCD\":\"a\",\"XNM\":\"b\"}", bng)).getMessage());
    }

    @Test
    void rejectsLines() {
        String line = "{\"type\":\"LineString\",\"coordinates\":[[-0.2,51.9],[-0.19,51.9]]}";
        assertEquals("areas.geojson: feature 1: expected a Polygon or MultiPolygon but was a LineString",
                failure(feature("{\"XCD\":\"a\",\"XNM\":\"b\"}", line)).getMessage());
    }
}
