package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;

/** Bugs in reading boundary GeoJSON found by fuzzing (docs/reliability.md). */
class PolygonsRegressionTest {
    @Test
    void anIntegerTooLargeForALongIsADataErrorNotAnUnexpectedFailure() {
        // found by fuzzing (PolygonsFuzzTestInputs/anyText/crash-huge-integer): json-simple, the parser
        // then, threw NumberFormatException, which ended the run with exit 1. Jackson's parser reads the
        // number; the file is refused for what it is, a collection without features
        String text = "{\"type\":\"FeatureCollection\",\"features\":[],\"n\":85555555555555555555}";
        DataException e = assertThrows(DataException.class,
                () -> Polygons.parse("wards.geojson", new StringReader(text), null, null));
        assertEquals("wards.geojson: the FeatureCollection has no features", e.getMessage());
        // a huge number where a coordinate belongs is a data error too
        String huge = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"WD25CD\":\"E1\",\"WD25NM\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[85555555555555555555,1],[0,1],[0,0],[85555555555555555555,1]]]}}]}";
        assertThrows(DataException.class, () -> Polygons.parse("wards.geojson", new StringReader(huge), null, null));
    }
}
