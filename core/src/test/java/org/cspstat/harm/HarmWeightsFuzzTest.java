package org.cspstat.harm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspstat.error.DataException;

/**
 * Fuzzes the harm weights reader ({@code --harm-weights}): any bytes give weights that are finite
 * and not negative, or a {@link DataException} naming the file. Seeds:
 * {@code HarmWeightsFuzzTestInputs/anyBytes/}.
 */
class HarmWeightsFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) throws IOException {
        Path f = scratch(bytes);
        HarmWeights w;
        try {
            w = HarmWeights.read(f);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            return;
        }
        for (double d : w.weights().values()) {
            assertTrue(Double.isFinite(d) && d >= 0, "weight " + d);
        }
    }

    private static synchronized Path scratch(byte[] bytes) throws IOException {
        if (file == null) {
            file = Files.createTempFile("cspstat-fuzz-harm", ".csv");
            file.toFile().deleteOnExit();
        }
        Files.write(file, bytes);
        return file;
    }
}
