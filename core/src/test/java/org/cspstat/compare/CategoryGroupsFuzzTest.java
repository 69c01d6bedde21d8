package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cspstat.count.CountStore;
import org.cspstat.error.DataException;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;

/**
 * Fuzzes the category-groups reader and its resolution against data: any bytes give groups that
 * resolve (All crime and All ASB first) or a {@link DataException} naming the file.
 * Seeds: {@code CategoryGroupsFuzzTestInputs/anyBytes/}.
 */
class CategoryGroupsFuzzTest {
    private static final Path DIR;
    private static final CountStore STORE;

    static {
        try {
            DIR = Files.createTempDirectory("cspstat-groups-fuzz");
            DIR.toFile().deleteOnExit();
            Path data = DIR.resolve("2021-01-x-street.csv");
            Files.writeString(data, "Crime ID,Month,Crime type\na,2021-01,Burglary\n,2021-01,Anti-social behaviour\n"
                    + "b,2021-01,Violent crime\n", StandardCharsets.UTF_8);
            data.toFile().deleteOnExit();
            STORE = Loader.load(LoadOptions.builder().data(data).threads(1).build()).counts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyBytes(byte[] bytes) throws IOException {
        Path file = DIR.resolve("groups.csv");
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        List<Issue> issues;
        try {
            issues = CategoryGroups.read(file).resolve(STORE);
        } catch (DataException e) {
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            return;
        }
        assertEquals(CategoryGroups.ALL_CRIME, issues.get(0).name());
        assertEquals(CategoryGroups.ALL_ASB, issues.get(1).name());
    }
}
