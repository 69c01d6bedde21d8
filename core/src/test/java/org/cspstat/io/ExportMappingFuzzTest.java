package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the mapping-file parser: any text gives a mapping whose required columns are present
 * and whose date pattern builds a formatter, or a {@link DataException} naming the file.
 * Seeds: {@code ExportMappingFuzzTestInputs/anyText/}.
 */
class ExportMappingFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyText(byte[] bytes) {
        ExportMapping m;
        try {
            m = ExportMapping.parse("mapping.txt", new String(bytes, StandardCharsets.UTF_8).lines().toList());
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith("mapping.txt"), e.getMessage());
            return;
        }
        assertTrue(m.columns().containsKey("date") && m.columns().containsKey("category"));
        assertFalse(m.columns().containsKey("date format"));
        m.dateFormatter();
    }
}
