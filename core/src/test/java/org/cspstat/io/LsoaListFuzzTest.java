package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.cspstat.error.DataException;

/**
 * Fuzzes the LSOA list reader ({@code --lsoa-file}): any bytes give a selection that can be
 * asked about any code, or a {@link DataException} naming the file. Seeds:
 * {@code LsoaListFuzzTestInputs/anyBytes/}.
 */
class LsoaListFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) {
        Path f = FuzzSupport.scratch("lsoas.txt", bytes);
        AreaSelection s;
        try {
            s = AreaSelection.codesFile(f);
            s.contains("E01023750", "Stevenage 001A");
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(f.toString()) || e.getMessage().contains("lsoas.txt"), e.getMessage());
            return;
        }
        assertTrue(!s.describe().isEmpty());
    }
}
