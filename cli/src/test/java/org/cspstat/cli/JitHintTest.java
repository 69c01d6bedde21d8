package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input size that decides whether a run is short enough to skip C2. */
class JitHintTest {
    @TempDir
    Path dir;

    @Test
    void countsTheBytesOfEveryFileUnderThePaths() throws IOException {
        Files.createDirectories(dir.resolve("2023-01"));
        Files.write(dir.resolve("2023-01/a.csv"), new byte[1000]);
        Files.write(dir.resolve("b.csv"), new byte[234]);
        Path single = Files.write(dir.resolve("c.zip"), new byte[7]);
        assertEquals(1241, JitHint.inputBytes(List.of(dir)));
        assertEquals(7, JitHint.inputBytes(List.of(single)));
        assertEquals(0, JitHint.inputBytes(List.of(dir.resolve("missing")))); // the loader reports it
        assertEquals(0, JitHint.inputBytes(List.of())); // the embedded sample
    }
}
