package org.cspstat.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cspstat.error.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs in reading category groups found by fuzzing (docs/reliability.md). */
class CategoryGroupsRegressionTest {
    @TempDir
    Path dir;

    @Test
    void aStrayQuoteIsAConfigurationErrorNotAnUnexpectedFailure() throws IOException {
        // found by fuzzing (CategoryGroupsFuzzTestInputs/anyBytes/crash-stray-quote): exit 1 before
        Path file = dir.resolve("groups.csv");
        Files.writeString(file, "group,category\n\"Acquisitive\"x,Burglary\n");
        DataException e = assertThrows(DataException.class, () -> CategoryGroups.read(file));
        assertEquals(file + ": cannot be parsed as CSV: Unexpected character after closing quote: 'x' (0x78)"
                + " (record starting at line 2)", e.getMessage());
    }
}
