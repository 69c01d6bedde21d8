package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspstat.error.DataException;

/**
 * Fuzzes the population reader ({@code --population}): any bytes give a population of positive
 * counts or a {@link DataException} naming the file. Seeds: {@code PopulationFuzzTestInputs/anyBytes/}.
 */
class PopulationFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) throws IOException {
        Path f = scratch(bytes);
        Population p;
        try {
            p = Population.read(f);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            return;
        }
        assertTrue(p.total() > 0, "a population read has residents");
        p.residents("E01023750");
    }

    static synchronized Path scratch(byte[] bytes) throws IOException {
        if (file == null) {
            file = Files.createTempFile("cspstat-fuzz-population", ".csv");
            file.toFile().deleteOnExit();
        }
        Files.write(file, bytes);
        return file;
    }
}
