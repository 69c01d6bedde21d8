package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

class NamedPlacesTest {
    private static final String HEADER = "name,kind,value\n";
    // Bedwell ward's ONS label point
    private static final double LON = -0.192175;
    private static final double LAT = 51.89871;

    private static NamedPlaces parse(String text) {
        return NamedPlaces.parse("places.csv", new StringReader(text));
    }

    private static String failure(String text) {
        return assertThrows(DataException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsEveryKindAndLetsPlacesOverlap() {
        NamedPlaces places = parse(HEADER
                + "# town centre box drawn in QGIS\n"
                + "Box,wkt,\"POLYGON ((-0.195 51.897, -0.189 51.897, -0.189 51.900, -0.195 51.900,"
                + " -0.195 51.897))\"\n"
                + "\n"
                + "Ring,circle,-0.192175 51.89871 300\n"
                + "Shape,geojson,\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[-0.2,51.89],"
                + "[-0.18,51.89],[-0.18,51.91],[-0.2,51.89]]]}\"\n"
                + "Estate,lsoas,E01023750 E01023751\n");
        assertEquals(List.of("Box", "Ring", "Shape", "Estate"),
                places.places().stream().map(NamedPlace::name).toList());
        assertEquals(List.of("Box", "Ring"), places.containing(LON, LAT, "E01000001"));
        assertEquals(List.of("Box", "Ring", "Estate"), places.containing(LON, LAT, "E01023751"));
        assertEquals(List.of("Estate"), places.containing(Double.NaN, Double.NaN, "E01023750"));
        assertEquals(List.of(), places.containing(Double.NaN, Double.NaN, null));
    }

    @Test
    void measuresCircleRadiiInGridMetres() {
        NamedPlaces places = parse(HEADER + "Ring,circle,-0.192175 51.89871 300\n");
        EastingNorthing centre = BritishNationalGrid.toGrid(LON, LAT);
        LonLat inside = BritishNationalGrid.toLonLat(centre.easting() + 250, centre.northing());
        LonLat outside = BritishNationalGrid.toLonLat(centre.easting(), centre.northing() - 350);
        assertEquals(List.of("Ring"), places.containing(inside.lon(), inside.lat(), null));
        assertEquals(List.of(), places.containing(outside.lon(), outside.lat(), null));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals("places.csv: the file is empty; expected the header name,kind,value",
                failure("# nothing yet\n"));
    }

    @Test
    void rejectsAWrongHeader() {
        assertEquals("places.csv:1: expected the header name,kind,value but was 'name,wkt'",
                failure("name,wkt\n"));
    }

    @Test
    void rejectsARowWithTooFewFields() {
        assertEquals("places.csv:3: expected 3 fields (name,kind,value) but found 2",
                failure(HEADER + "# comment\nBox,wkt\n"));
    }

    @Test
    void rejectsARowWithTooManyFields() {
        assertEquals("places.csv:2: expected 3 fields (name,kind,value) but found 6;"
                + " put values that contain commas in double quotes",
                failure(HEADER + "Box,wkt,POLYGON ((-0.2 51.9, -0.19 51.9, -0.19 51.91, -0.2 51.9))\n"));
    }

    @Test
    void rejectsAnEmptyName() {
        assertEquals("places.csv:2: name is empty", failure(HEADER + " ,lsoas,E01023750\n"));
    }

    @Test
    void rejectsADuplicateName() {
        assertEquals("places.csv:3: place 'Estate' is already defined on line 2",
                failure(HEADER + "Estate,lsoas,E01023750\nEstate,lsoas,E01023751\n"));
    }

    @Test
    void rejectsAnUnknownKind() {
        assertEquals("places.csv:2: unknown kind 'square': expected wkt, geojson, circle or lsoas",
                failure(HEADER + "Box,square,1 2 3\n"));
    }

    @Test
    void rejectsWktThatIsNotAPolygon() {
        assertEquals("places.csv:2: expected a Polygon or MultiPolygon but was a LineString",
                failure(HEADER + "Line,wkt,\"LINESTRING (-0.2 51.9, -0.19 51.9)\"\n"));
    }

    @Test
    void rejectsUnreadableWkt() {
        assertEquals("places.csv:2: cannot read WKT: Unknown geometry type: 12 (line 1)", failure(HEADER + "Box,wkt,12 34\n"));
    }

    @Test
    void rejectsPolygonsInGridMetres() {
        assertEquals("places.csv:2: coordinates must be WGS84 longitude/latitude degrees but"
                + " (523000, 223000) is not, which looks like British National Grid metres",
                failure(HEADER + "Box,wkt,\"POLYGON ((523000 223000, 524000 223000, 524000 224000,"
                        + " 523000 223000))\"\n"));
    }

    @Test
    void rejectsSelfIntersectingPolygons() {
        assertEquals("places.csv:2: the polygon is not valid: Self-intersection",
                failure(HEADER + "Bow,wkt,\"POLYGON ((-0.2 51.9, -0.19 51.91, -0.19 51.9,"
                        + " -0.2 51.91, -0.2 51.9))\"\n"));
    }

    @Test
    void rejectsAMalformedCircle() {
        assertEquals("places.csv:2: circle value must be 'lon lat radius_metres' but was '-0.2 51.9'",
                failure(HEADER + "Ring,circle,-0.2 51.9\n"));
        assertEquals("places.csv:2: circle radius must be a positive number of metres but was '-5'",
                failure(HEADER + "Ring,circle,-0.2 51.9 -5\n"));
        assertEquals("places.csv:2: circle centre: coordinates must be WGS84 longitude/latitude"
                + " degrees but (523942, 223915) is not, which looks like British National Grid metres",
                failure(HEADER + "Ring,circle,523942 223915 300\n"));
    }

    @Test
    void rejectsAnEmptyLsoaList() {
        assertEquals("places.csv:2: lsoas value must list at least one LSOA code",
                failure(HEADER + "Estate,lsoas,\n"));
    }
}
