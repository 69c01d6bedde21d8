package org.cspstat.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the named-places parser: any text gives places that can be queried, or a
 * {@code DataException} naming the file. Seeds: {@code NamedPlacesFuzzTestInputs/anyText/}.
 */
class NamedPlacesFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyText(byte[] bytes) {
        NamedPlaces places;
        try {
            places = NamedPlaces.parse("places.csv", new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        } catch (org.cspstat.error.DataException e) {
            assertTrue(e.getMessage().startsWith("places.csv"), e.getMessage());
            return;
        }
        assertTrue(places.containing(-0.2, 51.9, "E01023750").size() <= places.places().size());
    }
}
