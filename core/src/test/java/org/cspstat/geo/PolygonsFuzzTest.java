package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the boundary (GeoJSON FeatureCollection) parser: any text gives an index that can be
 * queried, or a {@code DataException} naming the file. Seeds: {@code PolygonsFuzzTestInputs/anyText/}.
 */
class PolygonsFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyText(byte[] bytes) throws IOException {
        PolygonIndex index;
        try {
            index = Polygons.parse("wards.geojson", new StringReader(new String(bytes, StandardCharsets.UTF_8)),
                    null, null);
        } catch (org.cspstat.error.DataException e) {
            assertTrue(e.getMessage().startsWith("wards.geojson"), e.getMessage());
            return;
        }
        assertTrue(index.containing(-0.2, 51.9).size() <= index.regions().size());
    }
}
