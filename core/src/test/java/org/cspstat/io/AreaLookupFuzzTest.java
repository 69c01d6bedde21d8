package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the LSOA-to-ward lookup reader: any bytes give a lookup or a {@link DataException}
 * naming the file. Seeds: {@code AreaLookupFuzzTestInputs/anyBytes/}.
 */
class AreaLookupFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) {
        AreaLookup lookup;
        try {
            lookup = AreaLookup.read("lookup.csv", new ByteArrayInputStream(bytes));
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("lookup.csv"), e.getMessage());
            return;
        }
        assertTrue(lookup.size() >= 0);
        lookup.ward("E01023750");
        lookup.district("e01023750");
    }
}
