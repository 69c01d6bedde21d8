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
        // found by fuzzing (PolygonsFuzzTestInputs/anyText/crash-huge-integer): json-simple threw
        // NumberFormatException, which ended the run with exit 1
        String text = "{\"type\":\"FeatureCollection\",\"features\":[],\"n\":85555555555555555555}";
        DataException e = assertThrows(DataException.class,
                () -> Polygons.parse("wards.geojson", new StringReader(text), null, null));
        assertEquals("wards.geojson: not valid GeoJSON: a number is too large (For input string:"
                + " \"85555555555555555555\")", e.getMessage());
    }
}
